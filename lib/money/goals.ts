import "server-only";
// Savings goals (issue 20): a kid saves toward a reward (stars) or a wish with a price (money).
// The price is kept as it was when chosen. Progress is shown as tiles a kid can count; when it is
// reached, parents hear about it (a push, and the kid's money page says so).
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { minorPerMajor } from "@/lib/money/rules";
import { balanceIn } from "@/lib/points/queries";
import { starTiles } from "@/lib/points/tiles";

export type GoalInput =
  | { kind: "REWARD"; rewardId: string }
  | { kind: "WISH"; label: string; emoji: string; price: number };

/** A new goal for a kid; the one before it is closed (one goal at a time). */
export async function setGoal(familyId: string, kidId: string, input: GoalInput) {
  return db.$transaction(async (tx) => {
    const kid = await tx.familyMember.count({
      where: { id: kidId, familyId, role: "CHILD", archivedAt: null },
    });
    if (!kid) throw new NotFoundError("That kid");
    let goal: { label: string; emoji: string; price: number; rewardId: string | null };
    if (input.kind === "REWARD") {
      const reward = await tx.reward.findFirst({
        where: { id: input.rewardId, familyId, active: true },
        select: { id: true, name: true, emoji: true, cost: true },
      });
      if (!reward) throw new NotFoundError("That reward");
      goal = { label: reward.name, emoji: reward.emoji, price: reward.cost, rewardId: reward.id };
    } else goal = { label: input.label, emoji: input.emoji, price: input.price, rewardId: null };
    await tx.savingsGoal.updateMany({
      where: { familyId, memberId: kidId, closedAt: null },
      data: { closedAt: new Date() },
    });
    return tx.savingsGoal.create({
      data: { familyId, memberId: kidId, kind: input.kind, ...goal },
    });
  });
}

export async function closeGoal(familyId: string, kidId: string) {
  const kid = await db.familyMember.count({ where: { id: kidId, familyId, role: "CHILD" } });
  if (!kid) throw new NotFoundError("That kid");
  await db.savingsGoal.updateMany({
    where: { familyId, memberId: kidId, closedAt: null },
    data: { closedAt: new Date() },
  });
}

type Tx = Prisma.TransactionClient;

/** What counts toward a money goal: the save jar. */
async function savedMoney(tx: Tx, familyId: string, kidId: string) {
  const sum = await tx.moneyEntry.aggregate({
    where: { familyId, memberId: kidId, jar: "SAVE" },
    _sum: { amount: true },
  });
  return sum._sum.amount ?? 0;
}

/** A kid's open goal with what they have toward it, as tiles; null without one. */
export async function goalProgress(familyId: string, kidId: string) {
  const goal = await db.savingsGoal.findFirst({
    where: { familyId, memberId: kidId, closedAt: null },
    select: {
      id: true,
      kind: true,
      rewardId: true,
      label: true,
      emoji: true,
      price: true,
      reachedAt: true,
      family: { select: { currency: true } },
    },
  });
  if (!goal) return null;
  const have =
    goal.kind === "REWARD"
      ? await balanceIn(db, familyId, kidId)
      : await savedMoney(db, familyId, kidId);
  // Money counts in whole units of the currency, so a kid counts euros, not cents.
  const unit = goal.kind === "WISH" ? minorPerMajor(goal.family.currency) : 1;
  const tiles = starTiles(Math.floor(have / unit), Math.ceil(goal.price / unit));
  return {
    ...goal,
    currency: goal.family.currency,
    have,
    reached: have >= goal.price,
    unit,
    ...tiles,
  };
}

/**
 * Open goals just reached: marked (once: the update says whether it was this run) and returned,
 * so the parents can be told. Run by the allowance job after paying. `familyIds`: tests only.
 */
export async function markReachedGoals(options: { familyIds?: string[] } = {}) {
  const scope = options.familyIds
    ? Prisma.sql`AND g."familyId" = ANY(${options.familyIds}::uuid[])`
    : Prisma.empty;
  return db.$queryRaw<{ id: string; familyId: string; memberId: string }[]>`
    UPDATE "savings_goals" g SET "reachedAt" = now()
    WHERE g."closedAt" IS NULL AND g."reachedAt" IS NULL ${scope}
      AND g."price" <= CASE g."kind"
        WHEN 'REWARD' THEN (SELECT COALESCE(sum(p."delta"), 0) FROM "points_entries" p
                            WHERE p."memberId" = g."memberId" AND p."familyId" = g."familyId")
        ELSE (SELECT COALESCE(sum(e."amount"), 0) FROM "money_entries" e
              WHERE e."memberId" = g."memberId" AND e."familyId" = g."familyId" AND e."jar" = 'SAVE')
      END
    RETURNING g."id", g."familyId", g."memberId"`;
}

/** Goals reached and not yet closed, for the parents' Today page: who, and what (no amounts). */
export function reachedGoals(familyId: string) {
  return db.$queryRaw<
    { id: string; memberId: string; label: string; emoji: string; displayName: string }[]
  >`
    SELECT g."id", g."memberId", g."label", g."emoji", m."displayName"
    FROM "savings_goals" g
    JOIN "family_members" m ON m."id" = g."memberId" AND m."familyId" = g."familyId"
    WHERE g."familyId" = ${familyId}::uuid AND g."closedAt" IS NULL AND g."reachedAt" IS NOT NULL
      AND m."archivedAt" IS NULL
    ORDER BY g."reachedAt"`;
}
