"use server";
// A kid picks what to save for on their own rewards screen (issue 20): a reward of the family's,
// at its price now. The tablet acts for the kid only when it may (their PIN's pass, if they have
// one), like every tap.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { setGoal } from "@/lib/money/goals";
import { requireKidOnTablet, requireTablet } from "@/lib/tablet/session";

export const saveForRewardAction = validatedAction({
  schema: z.strictObject({ kidId: z.uuid("Not a valid id."), rewardId: z.uuid("Not a valid id.") }),
  authorize: requireTablet,
  async run({ kidId, rewardId }) {
    const { familyId } = await requireKidOnTablet(kidId);
    await setGoal(familyId, kidId, { kind: "REWARD", rewardId });
    revalidatePath(`/tablet/kid/${kidId}/rewards`);
    return { ok: true };
  },
});
