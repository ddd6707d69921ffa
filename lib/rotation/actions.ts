"use server";
// A parent gives a day of a routine the kids take turns at to another kid, or back to the rule.
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { swapTurn } from "@/lib/rotation/queries";
import { swapSchema } from "@/lib/rotation/schemas";

export const swapTurnAction = validatedAction({
  schema: swapSchema,
  authorize: requireParent,
  async run({ routineId, date, kidId }, session) {
    await swapTurn(session.familyId, routineId, date, kidId);
    revalidatePath(`/routines/${routineId}`);
    revalidatePath("/dashboard");
    return { ok: true as const, message: kidId ? "Day swapped." : "Day back to the rotation." };
  },
});
