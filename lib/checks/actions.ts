"use server";
// Parents correct a kid's checks for today or the last week (issue 17). The rules are the ones of
// every door, enforced where the check is written; the change leaves an audit line.
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { correctCheck } from "@/lib/checks/corrections";
import { correctionSchema } from "@/lib/checks/schemas";
import { day, sentence } from "@/lib/i18n/sentence";

export const correctCheckAction = validatedAction({
  schema: correctionSchema,
  authorize: requireParent,
  async run(input, session) {
    const { changed } = await correctCheck(session.familyId, session.memberId, input);
    revalidatePath("/dashboard");
    revalidatePath(`/dashboard/kids/${input.kidId}`);
    const values = { day: day(input.date) };
    if (!changed)
      return {
        ok: true,
        message: sentence("Nothing to change: it already was so on {day}.", values),
      };
    return {
      ok: true,
      message: input.checked
        ? sentence("Checked for {day}.", values)
        : sentence("Unchecked for {day}.", values),
    };
  },
});
