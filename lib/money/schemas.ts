// What the money pages' forms send (issue 20). Amounts arrive as typed ("12,50") and are read in
// the family's currency by the action (lib/money/actions.ts), which knows the currency.
import { z } from "zod";
import { emoji } from "@/lib/routines/schemas";
import { visibleName } from "@/lib/validation/text";

const uuid = z.uuid("Not a valid id.");
const jar = z.enum(["SPEND", "SAVE", "GIVE"], { error: "Pick a jar." });
const amountText = z
  .string({ error: "Enter an amount." })
  .trim()
  .min(1, "Enter an amount.")
  .max(20, "Enter an amount like 12.50.");
const note = visibleName({ required: "Say what it was for.", max: 80 });
const percent = z.coerce
  .number({ error: "Enter a percentage." })
  .int("Use a whole percentage.")
  .min(0, "Use 0 to 100.")
  .max(100, "Use 0 to 100.");

export const moneyChangeSchema = z.strictObject({
  kidId: uuid,
  kind: z.enum(["DEPOSIT", "WITHDRAWAL"], { error: "Pick in or out." }),
  jar,
  amount: amountText,
  note,
});

export const moveSchema = z.strictObject({ kidId: uuid, from: jar, to: jar, amount: amountText });

export const correctionSchema = z.strictObject({
  kidId: uuid,
  direction: z.enum(["add", "remove"], { error: "Pick add or take away." }),
  stars: z.coerce
    .number({ error: "Enter how many stars." })
    .int("Use whole stars.")
    .min(1, "At least 1 star.")
    .max(10_000, "At most 10000 stars."),
  reason: visibleName({ required: "Say why: the kid reads it.", max: 80 }),
});

export const exchangeSchema = z.strictObject({
  kidId: uuid,
  stars: z.coerce
    .number({ error: "Enter how many stars." })
    .int("Use whole stars.")
    .min(1, "At least 1 star."),
});

export const walletSchema = z
  .strictObject({
    kidId: uuid,
    allowance: z.string().trim().max(20, "Enter an amount like 5.00.").default(""),
    rhythm: z.enum(["WEEKLY", "MONTHLY"], { error: "Pick weekly or monthly." }),
    weekday: z.coerce.number().int().min(1).max(7).default(6),
    monthDay: z.coerce
      .number()
      .int()
      .min(1, "Pick a day from 1 to 28.")
      .max(28, "Pick a day from 1 to 28.")
      .default(1),
    conditionRoutineId: uuid.or(z.literal("").transform(() => null)).default(null),
    conditionDays: z.coerce
      .number()
      .int()
      .min(1, "At least 1 day.")
      .max(31, "At most 31 days.")
      .optional(),
    savePct: percent,
    givePct: percent,
  })
  .refine((w) => w.savePct + w.givePct <= 100, {
    path: ["givePct"],
    error: "Save and give together are at most 100 %.",
  });

export const goalSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kidId: uuid, kind: z.literal("REWARD"), rewardId: uuid }),
  z.strictObject({
    kidId: uuid,
    kind: z.literal("WISH"),
    label: visibleName({ required: "Name the wish, e.g. “Bike”.", max: 60 }),
    emoji,
    price: amountText,
  }),
]);

export const kidIdSchema = z.strictObject({ kidId: uuid });

export const moneySettingsSchema = z.strictObject({
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Pick a currency."),
  exchange: z.literal("on").optional().transform(Boolean),
  exchangeStars: z.coerce.number().int().min(1, "At least 1 star.").max(100_000).optional(),
  exchangeAmount: z.string().trim().max(20).optional(),
});
