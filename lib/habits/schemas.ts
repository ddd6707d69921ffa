import { z } from "zod";
import { emoji } from "@/lib/routines/schemas";
import { visibleName } from "@/lib/validation/text";
import { isLocalDate } from "@/lib/time/rules";
import { HABIT_UNITS, MAX_AMOUNT, MAX_TARGET } from "@/lib/habits/measure";

const uuid = z.uuid("Not a valid id.");
const localDate = z.string().refine(isLocalDate, "Pick a date.");

/** Checkbox groups arrive as one string or an array of strings. */
const weekdayList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().min(1).max(7)),
);

/** Points a log earns: 0–1000, 5 unless the parent says otherwise. */
export const habitPoints = z.coerce
  .number({ error: "Enter the stars as a number." })
  .int("Use whole stars.")
  .min(0, "Use 0 to 1000 stars.")
  .max(1000, "Use 0 to 1000 stars.")
  .default(5);

export const habitSchema = z
  .strictObject({
    memberId: uuid,
    name: visibleName({ required: "Give the habit a name.", max: 80 }),
    icon: emoji,
    cadence: z.enum(["DAILY", "WEEKLY"], { error: "Pick how often." }),
    weekdays: weekdayList,
    timesPerWeek: z.coerce
      .number()
      .int()
      .min(1, "From 1 to 7 times.")
      .max(7, "From 1 to 7 times.")
      .optional(),
    startDate: localDate,
    points: habitPoints,
    // A measured habit (issue 21): "" from the form is a habit that is done or not.
    unit: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(HABIT_UNITS, { error: "Pick what it counts." }).optional(),
    ),
    target: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.coerce
        .number({ error: "Enter the goal as a number." })
        .int("Use a whole number.")
        .min(1, "From 1 to 10000.")
        .max(MAX_TARGET, "From 1 to 10000.")
        .optional(),
    ),
  })
  .superRefine(habitRules);

/** One habit's rules, for the form and the API alike. */
export function habitRules(
  habit: {
    cadence: "DAILY" | "WEEKLY";
    weekdays: number[];
    timesPerWeek?: number;
    unit?: string;
    target?: number;
  },
  ctx: z.RefinementCtx,
) {
  if (habit.cadence === "DAILY" && habit.weekdays.length === 0) {
    ctx.addIssue({ code: "custom", path: ["weekdays"], message: "Pick at least one day." });
  }
  // A measured weekly habit has a goal for the week instead of a number of times.
  if (habit.cadence === "WEEKLY" && !habit.unit && habit.timesPerWeek === undefined) {
    ctx.addIssue({ code: "custom", path: ["timesPerWeek"], message: "How many times a week?" });
  }
  if (habit.unit && habit.target === undefined) {
    ctx.addIssue({ code: "custom", path: ["target"], message: "Set a goal, e.g. 20 minutes." });
  }
}

export const habitIdSchema = z.strictObject({ habitId: uuid });
/** A photo for the habit (an uploaded PHOTO), or "" to remove it. */
export const habitPhotoSchema = z.strictObject({
  habitId: uuid,
  photoId: uuid.or(z.literal("").transform(() => null)),
});

export const parentLogSchema = z.strictObject({
  habitId: uuid,
  date: localDate,
  // Times that day, or for a measured habit the amount to add.
  count: z.coerce
    .number()
    .int()
    .min(1, "From 1 to 1000.")
    .max(MAX_AMOUNT, "From 1 to 1000.")
    .default(1),
  note: z.string().trim().max(280, "Keep the note under 280 characters.").optional(),
});

export const undoLogSchema = z.strictObject({ habitId: uuid, logId: uuid });

export const pauseSchema = z
  .strictObject({
    habitId: uuid.optional(),
    memberId: uuid.optional(),
    startDate: localDate,
    endDate: localDate,
    reason: z.string().trim().min(1, "Say why, e.g. “holiday” or “sick”.").max(120),
  })
  .superRefine((pause, ctx) => {
    if (pause.endDate < pause.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end is before the start." });
    if (!pause.habitId === !pause.memberId)
      ctx.addIssue({ code: "custom", path: ["form"], message: "Pause one habit or one person." });
  });
