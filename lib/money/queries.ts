import "server-only";
// A kid's money (issue 20): jars, deposits and withdrawals, moves between jars, stars exchanged for
// money. Every write takes the kid's money lock first (the same one the database's trigger takes),
// checks the jar, then writes: a refusal says how much there is; the trigger is the last word
// whichever door an entry comes through.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sentence } from "@/lib/i18n/sentence";
import { type ExchangeRate, JARS, type Jar, exchangeValue, isCurrency } from "@/lib/money/rules";
import { balanceIn, lockMemberPoints } from "@/lib/points/queries";

type Tx = Prisma.TransactionClient;

async function lockMoney(tx: Tx, memberId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`money:${memberId}`}, 0))`;
}

async function jarsIn(tx: Tx, familyId: string, memberId: string): Promise<Record<Jar, number>> {
  const rows = await tx.moneyEntry.groupBy({
    by: ["jar"],
    where: { familyId, memberId },
    _sum: { amount: true },
  });
  const jars = { SPEND: 0, SAVE: 0, GIVE: 0 };
  for (const row of rows) jars[row.jar] = row._sum.amount ?? 0;
  return jars;
}

async function assertKid(tx: Tx, familyId: string, kidId: string) {
  const kid = await tx.familyMember.count({
    where: { id: kidId, familyId, role: "CHILD", archivedAt: null },
  });
  if (!kid) throw new NotFoundError("That kid");
}

/** A kid's jars: what each holds, in minor units. */
export function jarBalances(familyId: string, memberId: string) {
  return jarsIn(db, familyId, memberId);
}

const NOT_ENOUGH: Record<Jar, string> = {
  SPEND: "Not enough in the spend jar.",
  SAVE: "Not enough in the save jar.",
  GIVE: "Not enough in the give jar.",
};
// What a move's entries say in the history (the parent's page shows jars by name beside them).
const JAR_WORDS: Record<Jar, string> = { SPEND: "spend", SAVE: "save", GIVE: "give" };

function notEnough(jar: Jar) {
  return new DomainError(NOT_ENOUGH[jar], { amount: [NOT_ENOUGH[jar]] });
}

export type MoneyChange = {
  kind: "DEPOSIT" | "WITHDRAWAL";
  jar: Jar;
  /** Minor units, positive. */
  amount: number;
  note: string;
};

/** A parent puts money in, or takes it out ("spent at the shop"). */
export async function changeMoney(
  familyId: string,
  kidId: string,
  change: MoneyChange,
  byId: string,
) {
  return db.$transaction(async (tx) => {
    await assertKid(tx, familyId, kidId);
    await lockMoney(tx, kidId);
    const jars = await jarsIn(tx, familyId, kidId);
    const amount = change.kind === "DEPOSIT" ? change.amount : -change.amount;
    if (jars[change.jar] + amount < 0) throw notEnough(change.jar);
    const entry = await tx.moneyEntry.create({
      data: {
        familyId,
        memberId: kidId,
        jar: change.jar,
        amount,
        kind: change.kind,
        sourceKey: `${change.kind.toLowerCase()}:${randomUUID()}`,
        note: change.note,
        byId,
      },
    });
    return { entry, jars: { ...jars, [change.jar]: jars[change.jar] + amount } };
  });
}

/** From one jar to another: two entries with one key, in one transaction. */
export async function moveMoney(
  familyId: string,
  kidId: string,
  move: { from: Jar; to: Jar; amount: number },
  byId: string,
) {
  if (move.from === move.to) throw new DomainError("Pick two different jars.");
  return db.$transaction(async (tx) => {
    await assertKid(tx, familyId, kidId);
    await lockMoney(tx, kidId);
    const jars = await jarsIn(tx, familyId, kidId);
    if (jars[move.from] < move.amount) throw notEnough(move.from);
    const key = `move:${randomUUID()}`;
    const note = `${JAR_WORDS[move.from]} → ${JAR_WORDS[move.to]}`;
    await tx.moneyEntry.createMany({
      data: [
        {
          familyId,
          memberId: kidId,
          jar: move.from,
          amount: -move.amount,
          kind: "MOVE",
          sourceKey: `${key}:out`,
          note,
          byId,
        },
        {
          familyId,
          memberId: kidId,
          jar: move.to,
          amount: move.amount,
          kind: "MOVE",
          sourceKey: `${key}:in`,
          note,
          byId,
        },
      ],
    });
    return {
      ...jars,
      [move.from]: jars[move.from] - move.amount,
      [move.to]: jars[move.to] + move.amount,
    } as Record<Jar, number>;
  });
}

/**
 * Stars turned into money at the family's rate (off unless a parent set one): one entry in each
 * ledger, in one transaction. Whole steps of the rate only, so no star is lost to rounding.
 */
export async function exchangePoints(
  familyId: string,
  kidId: string,
  points: number,
  byId: string,
) {
  return db.$transaction(async (tx) => {
    await assertKid(tx, familyId, kidId);
    const family = await tx.family.findUniqueOrThrow({
      where: { id: familyId },
      select: { exchangePoints: true, exchangeMinor: true },
    });
    if (family.exchangePoints === null || family.exchangeMinor === null)
      throw new DomainError("This family does not turn stars into money. A parent can allow it.");
    const rate = { points: family.exchangePoints, minor: family.exchangeMinor };
    const value = exchangeValue(points, rate);
    if (value === null)
      throw new DomainError(sentence("Stars go in steps of {step}.", { step: rate.points }));
    // Stars first, then money: the same order as every other writer, so no two wait on each other.
    await lockMemberPoints(tx, kidId);
    const stars = await balanceIn(tx, familyId, kidId);
    if (stars < points)
      throw new DomainError(
        sentence("Not enough stars yet: {balance} of {cost}.", { balance: stars, cost: points }),
      );
    await lockMoney(tx, kidId);
    const key = `exchange:${randomUUID()}`;
    await tx.pointsEntry.create({
      data: {
        familyId,
        memberId: kidId,
        delta: -points,
        source: "EXCHANGE",
        sourceKey: key,
        reason: "Turned into money",
        byId,
      },
    });
    await tx.moneyEntry.create({
      data: {
        familyId,
        memberId: kidId,
        jar: "SPEND",
        amount: value,
        kind: "EXCHANGE",
        sourceKey: key,
        note: `${points} ★`,
        byId,
      },
    });
    return { points: stars - points, money: value };
  });
}

/** A page of a kid's money ledger, newest first. */
/** A kid's money entries, newest first; `after`: the API's keyset (lib/api/pagination.ts). */
export function moneyEntries(
  familyId: string,
  memberId: string,
  take = 20,
  after: Prisma.MoneyEntryWhereInput = {},
) {
  return db.moneyEntry.findMany({
    where: { familyId, memberId, ...after },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, jar: true, amount: true, kind: true, note: true, createdAt: true },
  });
}

/** A kid's paydays, newest first: paid, or not (the condition's count as it was). */
export function paydays(
  familyId: string,
  memberId: string,
  take = 20,
  after: Prisma.AllowancePeriodWhereInput = {},
) {
  return db.allowancePeriod.findMany({
    where: { familyId, memberId, ...after },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, payday: true, amount: true, done: true, needed: true, createdAt: true },
  });
}

export { JARS };

/** Each kid's money, all jars together: the money overview. One statement. */
export async function moneyTotals(familyId: string): Promise<Map<string, number>> {
  const sums = await db.moneyEntry.groupBy({
    by: ["memberId"],
    where: { familyId },
    _sum: { amount: true },
  });
  return new Map(sums.map((s) => [s.memberId, s._sum.amount ?? 0]));
}

/** The routines an allowance's condition may name: the kid's own. */
export function kidRoutines(familyId: string, kidId: string) {
  return db.routine.findMany({
    where: { familyId, archivedAt: null, assignments: { some: { memberId: kidId } } },
    orderBy: { startMinute: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * The family's currency and its stars → money rate (null: off), for the money page and the API
 * alike. The currency is fixed once money is kept: amounts are minor units, and another currency
 * would change what they mean.
 */
export async function saveMoneySettings(
  familyId: string,
  input: { currency: string; exchange: ExchangeRate },
) {
  if (!isCurrency(input.currency))
    throw new DomainError("Pick a currency.", { currency: ["Pick a currency."] });
  await db.$transaction(async (tx) => {
    const [family] = await tx.$queryRaw<{ currency: string }[]>`
      SELECT "currency" FROM "families" WHERE "id" = ${familyId}::uuid FOR UPDATE`;
    if (!family) throw new NotFoundError("Your family");
    if (family.currency !== input.currency && (await tx.moneyEntry.count({ where: { familyId } })))
      throw new DomainError("The currency is fixed once money is kept.", {
        currency: ["The currency is fixed once money is kept."],
      });
    await tx.family.update({
      where: { id: familyId },
      data: {
        currency: input.currency,
        exchangePoints: input.exchange?.points ?? null,
        exchangeMinor: input.exchange?.minor ?? null,
      },
    });
  });
}
