"use server";
// The money page's forms (issue 20): money in and out, moves between jars, stars corrected or
// turned into money, the allowance and jars, a savings goal, and the family's currency and rate.
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { saveWallet } from "@/lib/money/allowance";
import { closeGoal, setGoal } from "@/lib/money/goals";
import { changeMoney, exchangePoints, moveMoney, saveMoneySettings } from "@/lib/money/queries";
import { type ExchangeRate, parseAmount } from "@/lib/money/rules";
import {
  correctionSchema,
  exchangeSchema,
  goalSchema,
  kidIdSchema,
  moneyChangeSchema,
  moneySettingsSchema,
  moveSchema,
  walletSchema,
} from "@/lib/money/schemas";
import { correctPoints } from "@/lib/points/queries";

async function currencyOf(familyId: string) {
  return (
    await db.family.findUniqueOrThrow({ where: { id: familyId }, select: { currency: true } })
  ).currency;
}

/** A typed amount in the family's currency, or a refusal that names the field. */
async function amountIn(familyId: string, text: string, field: string, allowZero = false) {
  const amount = parseAmount(text, await currencyOf(familyId));
  if (amount === null || (!allowZero && amount === 0) || amount > 100_000_000)
    throw new DomainError("Enter an amount like 12.50.", {
      [field]: ["Enter an amount like 12.50."],
    });
  return amount;
}

const done = (kidId: string, message: string) => {
  revalidatePath(`/money/${kidId}`);
  revalidatePath("/money");
  return { ok: true as const, message };
};

export const changeMoneyAction = validatedAction({
  schema: moneyChangeSchema,
  authorize: requireParent,
  async run(input, session) {
    const amount = await amountIn(session.familyId, input.amount, "amount");
    await changeMoney(session.familyId, input.kidId, { ...input, amount }, session.memberId);
    return done(input.kidId, input.kind === "DEPOSIT" ? "Money put in." : "Money taken out.");
  },
});

export const moveMoneyAction = validatedAction({
  schema: moveSchema,
  authorize: requireParent,
  async run(input, session) {
    const amount = await amountIn(session.familyId, input.amount, "amount");
    await moveMoney(session.familyId, input.kidId, { ...input, amount }, session.memberId);
    return done(input.kidId, "Moved.");
  },
});

export const correctPointsAction = validatedAction({
  schema: correctionSchema,
  authorize: requireParent,
  async run(input, session) {
    const delta = input.direction === "add" ? input.stars : -input.stars;
    await correctPoints(
      session.familyId,
      input.kidId,
      { delta, reason: input.reason },
      session.memberId,
    );
    revalidatePath("/rewards");
    return done(input.kidId, "Stars corrected. The kid sees why on the tablet.");
  },
});

export const exchangeAction = validatedAction({
  schema: exchangeSchema,
  authorize: requireParent,
  async run(input, session) {
    await exchangePoints(session.familyId, input.kidId, input.stars, session.memberId);
    revalidatePath("/rewards");
    return done(input.kidId, "Stars turned into money.");
  },
});

export const saveWalletAction = validatedAction({
  schema: walletSchema,
  authorize: requireParent,
  async run(input, session) {
    const allowance =
      input.allowance === ""
        ? 0
        : await amountIn(session.familyId, input.allowance, "allowance", true);
    if (input.conditionRoutineId && !input.conditionDays)
      throw new DomainError("Say on how many days.", { conditionDays: ["Say on how many days."] });
    await saveWallet(session.familyId, input.kidId, {
      allowance,
      rhythm: input.rhythm,
      weekday: input.weekday,
      monthDay: input.monthDay,
      conditionRoutineId: input.conditionRoutineId,
      conditionDays: input.conditionRoutineId ? (input.conditionDays ?? null) : null,
      savePct: input.savePct,
      givePct: input.givePct,
    });
    return done(input.kidId, "Saved.");
  },
});

export const setGoalAction = validatedAction({
  schema: goalSchema,
  authorize: requireParent,
  async run(input, session) {
    await setGoal(
      session.familyId,
      input.kidId,
      input.kind === "REWARD"
        ? input
        : { ...input, price: await amountIn(session.familyId, input.price, "price") },
    );
    return done(input.kidId, "Goal set.");
  },
});

export const closeGoalAction = validatedAction({
  schema: kidIdSchema,
  authorize: requireParent,
  async run({ kidId }, session) {
    await closeGoal(session.familyId, kidId);
    return done(kidId, "Goal closed.");
  },
});

export const saveMoneySettingsAction = validatedAction({
  schema: moneySettingsSchema,
  authorize: requireParent,
  async run(input, session) {
    let exchange: ExchangeRate = null;
    if (input.exchange) {
      const minor = parseAmount(input.exchangeAmount ?? "", input.currency);
      if (!input.exchangeStars || minor === null || minor === 0)
        throw new DomainError("Say how many stars make how much.", {
          exchangeAmount: ["Say how many stars make how much."],
        });
      exchange = { points: input.exchangeStars, minor };
    }
    await saveMoneySettings(session.familyId, { currency: input.currency, exchange });
    revalidatePath("/money");
    return { ok: true, message: "Saved." };
  },
});
