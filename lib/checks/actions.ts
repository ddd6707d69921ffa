"use server";
// Parents correct a kid's checks for today or the last week (issue 17). The rules are the ones of
// every door, enforced where the check is written; the change leaves an audit line.
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { correctCheck } from "@/lib/checks/corrections";
import { correctionSchema } from "@/lib/checks/schemas";
import { formatDay } from "@/lib/time/format";

export const correctCheckAction = validatedAction({
  schema: correctionSchema,
  authorize: requireParent,
  async run(input, session) {
    const { changed } = await correctCheck(session.familyId, session.memberId, input);
    revalidatePath("/dashboard");
    revalidatePath(`/dashboard/kids/${input.kidId}`);
    const day = formatDay(input.date, "long");
    if (!changed) return { ok: true, message: `Nothing to change: it already was so on ${day}.` };
    return {
      ok: true,
      message: input.checked ? `Checked for ${day}.` : `Unchecked for ${day}.`,
    };
  },
});
