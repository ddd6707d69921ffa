import { z } from "zod";
import { parseClock } from "@/lib/routines/rules";
import { isSingleEmoji, visibleName } from "@/lib/validation/text";

const uuid = z.uuid("Not a valid id.");

// Whole sentences per field, not "Give the ${what} a name.": each is translated as a sentence.
const label = (required: string) => visibleName({ required, max: 80 });

/** One emoji as a person sees it (possibly several code points joined), never free text. */
export const emoji = z
  .string({ error: "Pick a picture." })
  .trim()
  .min(1, "Pick a picture.")
  .refine(isSingleEmoji, "Pick one picture.");

const clock = (required: string, example: string) =>
  z.string({ error: required }).transform((value, ctx) => {
    const minute = parseClock(value);
    if (minute === null) {
      ctx.addIssue({ code: "custom", message: example });
      return z.NEVER;
    }
    return minute;
  });

/** A photo or recording uploaded first (lib/media/actions.ts); null or absent for none. */
const mediaId = uuid.nullable().optional();

export const itemSchema = z.strictObject({
  lineageId: uuid.optional(),
  label: label("Give the item a name."),
  photoId: mediaId.meta({ description: "A photo shown for the item (an uploaded PHOTO)." }),
  voiceId: mediaId.meta({ description: "A parent's recorded voice reading it (a VOICE)." }),
});

export const cardSchema = z.strictObject({
  lineageId: uuid.optional(),
  title: label("Give the card a name."),
  pictureEmoji: emoji,
  durationSeconds: z
    .number({ error: "Enter the seconds as a number." })
    .int("Use whole seconds.")
    .min(0, "Use 0 to 3600 seconds (one hour).")
    .max(3600, "Use 0 to 3600 seconds (one hour).")
    .nullable(),
  items: z.array(itemSchema).max(20, "Use at most 20 items on a card."),
  photoId: mediaId.meta({ description: "A photo shown instead of the emoji (an uploaded PHOTO)." }),
  voiceId: mediaId.meta({ description: "A parent's recorded voice reading the card (a VOICE)." }),
});

/** Points for finishing a routine on a day (no default here: an edit that omits it keeps it). */
export const routinePoints = z
  .number({ error: "Enter the stars as a number." })
  .int("Use whole stars.")
  .min(0, "Use 0 to 1000 stars.")
  .max(1000, "Use 0 to 1000 stars.");

/**
 * The card a routine ends with on the tablet's Now/Next board ("then: 20 minutes of Lego"): a
 * picture and a few words, or null for none.
 */
export const thenCard = z
  .strictObject({
    emoji,
    label: visibleName({ required: "Say what comes after, or remove it.", max: 80 }),
  })
  .nullable();

export const draftFields = {
  name: label("Give the routine a name."),
  icon: emoji,
  weekdays: z
    .array(z.number().int().min(1).max(7))
    .min(1, "Pick at least one day.")
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  start: clock("Enter a start time.", "Enter a start time like 07:30."),
  end: clock("Enter an end time.", "Enter an end time like 07:30."),
  kidIds: z
    .array(uuid)
    .max(30)
    .transform((ids) => [...new Set(ids)]),
  cards: z.array(cardSchema).max(30, "Use at most 30 cards."),
  points: routinePoints
    .default(10)
    .meta({ description: "Points a kid earns for finishing it on a day (default 10)." }),
  remindAtEnd: z
    .boolean()
    .default(false)
    .meta({
      description:
        "Parents who want reminders get a push notification when a kid has not finished it by the " +
        "end of its window (default false).",
    }),
  turns: z
    .enum(["DAY", "WEEK"], { error: "Pick every day or every week." })
    .nullable()
    .default(null)
    .meta({
      description:
        "null (the default): every assigned kid does it. DAY or WEEK: the assigned kids take " +
        "turns, oldest first, the turn passing every day or every family week from today; a kid " +
        "who is away is covered by the next one home.",
    }),
  pool: z
    .boolean()
    .default(false)
    .meta({
      description:
        "true: a pool chore. Every assigned kid is offered it and the first to check an item of " +
        "it that day takes it; then nobody else is. Not with `turns` (default false).",
    }),
  then: thenCard.default(null).meta({
    description:
      "What comes after, shown as the last card of the tablet's Now/Next board (\"then: 20 " +
      'minutes of Lego"); null for none (the default).',
  }),
};

/** What a routine must be as a whole: a window that ends after it starts, one way to share it. */
function wholeRoutine(
  draft: { start: number; end: number; turns: string | null; pool: boolean },
  ctx: z.RefinementCtx,
) {
  if (draft.start >= draft.end) {
    ctx.addIssue({ code: "custom", path: ["end"], message: "The end must be after the start." });
  }
  if (draft.pool && draft.turns !== null) {
    ctx.addIssue({
      code: "custom",
      path: ["pool"],
      message: "A routine is either taken in turns or a pool chore, not both.",
    });
  }
}

/** A routine as the editor sends it: schedule, assignment and the full content. */
export const routineDraftSchema = z.strictObject(draftFields).superRefine(wholeRoutine);

export type RoutineDraft = z.output<typeof routineDraftSchema>;

/**
 * The editor posts `draft` as JSON next to `routineId` and `revision` (the one it was loaded
 * from). The JSON is unpacked before validation, so field errors keep their real paths
 * ("cards.0.title") and unknown fields are refused at every level.
 */
export const saveRoutineSchema = z.preprocess(
  (raw) => {
    const { draft, ...rest } = (raw ?? {}) as Record<string, unknown>;
    if (typeof draft !== "string") return rest;
    try {
      const parsed: unknown = JSON.parse(draft);
      return typeof parsed === "object" && parsed !== null ? { ...parsed, ...rest } : rest;
    } catch {
      return rest;
    }
  },
  z
    .strictObject({
      ...draftFields,
      routineId: uuid.optional(),
      revision: z.coerce.number().int().min(0).optional(),
    })
    .superRefine(wholeRoutine),
);

export const routineIdSchema = z.strictObject({ routineId: uuid });
