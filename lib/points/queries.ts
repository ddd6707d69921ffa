// The points ledger: awards, their undoing, a parent's corrections and the balances they add up to.
// Rewards and their requests spend from it: lib/points/rewards.ts.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentence";
import type { Prisma } from "@/lib/generated/prisma/client";
import { habitAwardKey, reversalDelta, undoKey } from "@/lib/points/rules";

type Tx = Prisma.TransactionClient;

/**
 * Serialises everything that can lower one member's balance (approvals, undos) for the rest of
 * the transaction, so two of them can never both spend the same points. Awards only add and need
 * no lock.
 */
export async function lockMemberPoints(tx: Tx, memberId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`points:${memberId}`}, 0))`;
}

export async function balanceIn(tx: Tx, familyId: string, memberId: string): Promise<number> {
  const sum = await tx.pointsEntry.aggregate({
    where: { familyId, memberId },
    _sum: { delta: true },
  });
  return sum._sum.delta ?? 0;
}

/** A habit log earns the habit's points, once per log. Inside the log's transaction. */
export async function awardHabitLog(
  tx: Tx,
  familyId: string,
  habit: { memberId: string; name: string; points: number },
  logId: string,
) {
  if (habit.points <= 0) return;
  await tx.pointsEntry.createMany({
    data: [
      {
        familyId,
        memberId: habit.memberId,
        delta: habit.points,
        source: "HABIT",
        sourceKey: habitAwardKey(logId),
        reason: habit.name,
      },
    ],
    skipDuplicates: true,
  });
}

/**
 * Undo of whatever earned an award: a reversing entry, once, taking back at most what the member
 * still has (points already spent on a reward stay spent). Inside the undo's transaction.
 */
export async function reverseAward(tx: Tx, familyId: string, awardKey: string) {
  const award = await tx.pointsEntry.findUnique({
    where: { familyId_sourceKey: { familyId, sourceKey: awardKey } },
    select: { memberId: true, delta: true, reason: true },
  });
  if (!award) return;
  await lockMemberPoints(tx, award.memberId);
  const balance = await balanceIn(tx, familyId, award.memberId);
  await tx.pointsEntry.createMany({
    data: [
      {
        familyId,
        memberId: award.memberId,
        delta: reversalDelta(award.delta, balance),
        source: "UNDO",
        sourceKey: undoKey(awardKey),
        reason: `Undo: ${award.reason}`,
      },
    ],
    skipDuplicates: true,
  });
}

/**
 * A parent adds or takes away stars by hand, with the reason the kid will read ("Helped Grandma",
 * "Fixed: counted twice"). Taking away more than the kid has is refused: the ledger never goes
 * below zero.
 */
export async function correctPoints(
  familyId: string,
  kidId: string,
  input: { delta: number; reason: string },
  byId: string,
) {
  return db.$transaction(async (tx) => {
    const kid = await tx.familyMember.count({
      where: { id: kidId, familyId, role: "CHILD", archivedAt: null },
    });
    if (!kid) throw new NotFoundError("That kid");
    await lockMemberPoints(tx, kidId);
    const balance = await balanceIn(tx, familyId, kidId);
    if (balance + input.delta < 0)
      throw new DomainError(
        sentence("They have {balance} stars: you can take away at most {balance}.", { balance }),
      );
    const entry = await tx.pointsEntry.create({
      data: {
        familyId,
        memberId: kidId,
        delta: input.delta,
        source: "CORRECTION",
        sourceKey: `correction:${randomUUID()}`,
        reason: input.reason,
        byId,
      },
      select: { id: true, delta: true, reason: true, source: true, createdAt: true },
    });
    return { entry, balance: balance + input.delta };
  });
}

/** Every member's balance in one statement. */
export async function balances(familyId: string): Promise<Map<string, number>> {
  const rows = await db.pointsEntry.groupBy({
    by: ["memberId"],
    where: { familyId },
    _sum: { delta: true },
  });
  return new Map(rows.map((row) => [row.memberId, row._sum.delta ?? 0]));
}

export async function memberBalance(familyId: string, memberId: string): Promise<number> {
  return balanceIn(db, familyId, memberId);
}

export async function recentEntries(familyId: string, memberId: string, take = 10) {
  return db.pointsEntry.findMany({
    where: { familyId, memberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, delta: true, reason: true, source: true, createdAt: true },
  });
}
