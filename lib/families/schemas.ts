import { LOCALES } from "@/lib/i18n/locales";
import { z } from "zod";
import { personName } from "@/lib/auth/schemas";
import { PIN_PATTERN } from "@/lib/auth/rules";
import { AVATAR_COLORS, AVATAR_EMOJIS } from "@/lib/families/avatars";
import { CARD_SIZES, READING_LEVELS, TIMER_SOUNDS } from "@/lib/families/kid-look";
import { isTimeZone } from "@/lib/time/rules";
import { visibleName } from "@/lib/validation/text";

const id = z.uuid("Not a valid id.");

export const familyName = visibleName({ required: "Name your family.", max: 80 });

export const timeZone = z
  .string({ error: "Pick a time zone." })
  .refine(isTimeZone, "Pick a time zone from the list.");

export const dayStartHour = z.coerce
  .number({ error: "Pick the hour your day starts." })
  .int()
  .min(0, "Pick an hour between 00:00 and 12:00.")
  .max(12, "Pick an hour between 00:00 and 12:00.");

export const avatarEmoji = z.enum(AVATAR_EMOJIS, { error: "Pick a picture." });
export const avatarColor = z.enum(AVATAR_COLORS.map((c) => c.value) as [string, ...string[]], {
  error: "Pick a colour.",
});

export const pin = z.string().trim().regex(PIN_PATTERN, "A PIN is exactly 4 digits.");

/** An optional PIN field: empty means "no PIN". */
const optionalPin = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(pin.optional());

/** The first day of the family's week, as an ISO weekday: Monday, Saturday or Sunday (issue 18). */
export const weekStart = z.coerce.number({ error: "Pick the first day of the week." }).pipe(
  z.union([z.literal(1), z.literal(6), z.literal(7)], {
    error: "Pick the first day of the week.",
  }),
);
export const clockSetting = z.enum(["H24", "H12"], { error: "Pick how times read." });

/** Onboarding sends the first three; the Family page all five (the last two keep their defaults). */
export const familySettingsSchema = z.strictObject({
  name: familyName,
  timeZone,
  dayStartHour,
  weekStart: weekStart.optional(),
  clock: clockSetting.optional(),
});

export const kidSchema = z.strictObject({
  displayName: personName,
  avatarEmoji,
  avatarColor,
  pin: optionalPin,
});

export const updateKidSchema = z.strictObject({
  kidId: id,
  displayName: personName,
  avatarEmoji,
  avatarColor,
});
export const readingLevel = z.enum(READING_LEVELS, { error: "Pick how the cards read." });
export const cardSize = z.enum(CARD_SIZES, { error: "Pick a size." });
export const timerSound = z.enum(TIMER_SOUNDS, { error: "Pick what the timer does at the end." });

/** The Family page's "tablet" form: a checkbox sends "on" when ticked and nothing otherwise. */
export const kidLookSchema = z.strictObject({
  kidId: id,
  readingLevel,
  cardSize,
  readSteps: z.literal("on").optional().transform(Boolean),
  timerSound,
  // "" is "the tablet's language" (issue 18).
  language: z
    .enum(["", ...LOCALES], { error: "Pick a language." })
    .optional()
    .transform((value) => (value ? value : null)),
});

export const kidIdSchema = z.strictObject({ kidId: id });
export const setPinSchema = z.strictObject({ kidId: id, pin });
export const inviteIdSchema = z.strictObject({ inviteId: id });
export const acceptInviteSchema = z.strictObject({ token: z.string().min(20).max(100) });
