// What the away forms and the API send (issue 21). The shapes here are the pages'; the API's
// endpoints (lib/api/v1/away.ts) reuse the same fields and refinements.
import { z } from "zod";
import { CYCLE_DAYS, MAX_PLACE, daysBetween } from "@/lib/away/rules";
import { visibleName } from "@/lib/validation/text";
import { isLocalDate } from "@/lib/time/rules";

const uuid = z.uuid("Not a valid id.");
export const localDate = z.string().refine(isLocalDate, "Pick a date.");
export const place = visibleName({ required: "Say where, e.g. “Dad's”.", max: MAX_PLACE });

export const optionalPlace = z
  .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), place.optional())
  .transform((p) => p ?? null);

/** The away days of a cycle, as offsets from its first day; each below the cycle's length. */
export function checkOffsets(
  pattern: { cycleDays: number; awayDays: number[] },
  ctx: z.RefinementCtx,
) {
  if (pattern.awayDays.length === 0)
    ctx.addIssue({ code: "custom", path: ["awayDays"], message: "Pick at least one day away." });
  if (pattern.awayDays.some((d) => d >= pattern.cycleDays))
    ctx.addIssue({
      code: "custom",
      path: ["awayDays"],
      message: "Pick days inside the cycle.",
    });
}

/** A one-off range runs forward and for at most a year. */
export function checkRange(range: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  if (!isLocalDate(range.startDate) || !isLocalDate(range.endDate)) return;
  if (range.endDate < range.startDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end is before the start." });
  else if (daysBetween(range.startDate, range.endDate) >= 366)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "Make it at most a year long." });
}

/** Checkbox values arrive as nothing, one string or several. */
const offsets = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().min(0).max(27)).max(28),
);

export const awayPatternSchema = z
  .strictObject({
    kidId: uuid,
    place,
    startDate: localDate,
    cycleDays: z.coerce
      .number()
      .int()
      .refine((n) => (CYCLE_DAYS as readonly number[]).includes(n), "Pick 1 to 4 weeks."),
    awayDays: offsets,
  })
  .superRefine(checkOffsets);

export const awayRangeSchema = z
  .strictObject({
    kidId: uuid,
    kind: z.enum(["AWAY", "HOME"], { error: "Pick away or at home." }),
    startDate: localDate,
    // A single day needs only its start.
    endDate: z.string().trim().optional(),
    // Left empty: the pattern's place, or just "away".
    place: optionalPlace,
  })
  .transform((range) => ({ ...range, endDate: range.endDate || range.startDate }))
  .superRefine(checkRange);

export const removeRangeSchema = z.strictObject({ kidId: uuid, rangeId: uuid });
export const kidOnlySchema = z.strictObject({ kidId: uuid });
