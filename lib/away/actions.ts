"use server";
// The away page's forms (issue 21): a kid's repeating pattern, one-off days away or at home.
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import {
  addAwayRange,
  clearAwayPattern,
  removeAwayRange,
  setAwayPattern,
} from "@/lib/away/queries";
import { cycleStartFor } from "@/lib/away/rules";
import {
  awayPatternSchema,
  awayRangeSchema,
  kidOnlySchema,
  removeRangeSchema,
} from "@/lib/away/schemas";
import { NotFoundError } from "@/lib/errors";
import { familyToday } from "@/lib/families/queries";

const done = (message: string) => {
  revalidatePath("/away");
  revalidatePath("/dashboard");
  return { ok: true as const, message };
};

export const setAwayPatternAction = validatedAction({
  schema: awayPatternSchema,
  authorize: requireParent,
  async run({ kidId, ...input }, session) {
    const { today, family } = await familyToday(session.familyId);
    // The page draws the cycle as weeks of the family's: it starts on the first day of one.
    const startDate = cycleStartFor(input.startDate, family.weekStart);
    await setAwayPattern(session.familyId, kidId, { ...input, startDate }, today);
    return done("Pattern saved.");
  },
});

export const clearAwayPatternAction = validatedAction({
  schema: kidOnlySchema,
  authorize: requireParent,
  async run({ kidId }, session) {
    await clearAwayPattern(session.familyId, kidId, (await familyToday(session.familyId)).today);
    return done("Pattern removed: at home every day.");
  },
});

export const addAwayRangeAction = validatedAction({
  schema: awayRangeSchema,
  authorize: requireParent,
  async run({ kidId, ...range }, session) {
    await addAwayRange(session.familyId, kidId, range, (await familyToday(session.familyId)).today);
    return done(range.kind === "AWAY" ? "Days away added." : "Days at home added.");
  },
});

export const removeAwayRangeAction = validatedAction({
  schema: removeRangeSchema,
  authorize: requireParent,
  async run({ kidId, rangeId }, session) {
    const today = (await familyToday(session.familyId)).today;
    if (!(await removeAwayRange(session.familyId, kidId, rangeId, today)))
      throw new NotFoundError("Those days");
    return done("Removed.");
  },
});
