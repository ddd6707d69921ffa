// Rewards and the kids' requests for them: what a family offers, a kid asking, a parent answering.
// An approval spends points through the ledger (lib/points/queries.ts), under its lock.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentence";
import { balanceIn, lockMemberPoints } from "@/lib/points/queries";
import { canAfford, rewardKey } from "@/lib/points/rules";
import { isUniqueViolation } from "@/lib/prisma-errors";

export async function listRewards(familyId: string, options: { activeOnly?: boolean } = {}) {
  return db.reward.findMany({
    where: { familyId, ...(options.activeOnly ? { active: true } : {}) },
    orderBy: [{ active: "desc" }, { cost: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, emoji: true, cost: true, active: true, photoId: true },
  });
}

/**
 * A write that may give an offered reward a name another offered reward has (ignoring case): the
 * partial unique index of migration unique_reward_names says no, and the parent reads why.
 */
export async function withUniqueRewardName<T>(write: () => Promise<T>, name?: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ConflictError(
      name
        ? sentence("A reward called “{reward}” is already on offer. Give this one another name.", {
            reward: name,
          })
        : "A reward with this name is already on offer. Rename one of them first.",
    );
  }
}

export async function createReward(
  familyId: string,
  input: { name: string; emoji: string; cost: number },
) {
  return withUniqueRewardName(
    () => db.reward.create({ data: { familyId, ...input }, select: { id: true } }),
    input.name,
  );
}

export async function setRewardActive(familyId: string, rewardId: string, active: boolean) {
  const { count } = await withUniqueRewardName(() =>
    db.reward.updateMany({ where: { id: rewardId, familyId }, data: { active } }),
  );
  if (count === 0) throw new NotFoundError("That reward");
}

/** A kid asks for an active reward; one open request per kid and reward. */
export async function requestReward(familyId: string, memberId: string, rewardId: string) {
  return db.$transaction(async (tx) => {
    const reward = await tx.reward.findFirst({
      where: { id: rewardId, familyId, active: true },
      select: { id: true, cost: true },
    });
    const member = await tx.familyMember.count({
      where: { id: memberId, familyId, role: "CHILD", archivedAt: null },
    });
    if (!reward || !member) throw new NotFoundError("That reward");
    await lockMemberPoints(tx, memberId);
    const open = await tx.rewardRequest.findFirst({
      where: { familyId, memberId, rewardId, status: "PENDING" },
      select: { id: true },
    });
    if (open) return { id: open.id, created: false };
    const created = await tx.rewardRequest.create({
      data: { familyId, memberId, rewardId, cost: reward.cost },
      select: { id: true },
    });
    return { id: created.id, created: true };
  });
}

/**
 * A parent approves: the cost is spent in the same transaction, only if the kid has enough
 * points. Two approvals at once for one kid run one after the other (lockMemberPoints), so the
 * second sees the first one's spending and the balance never goes below zero.
 */
export async function approveRequest(familyId: string, requestId: string, parentId: string) {
  return db.$transaction(async (tx) => {
    const request = await tx.rewardRequest.findFirst({
      where: { id: requestId, familyId },
      select: { memberId: true, cost: true, reward: { select: { name: true } } },
    });
    if (!request) throw new NotFoundError("That request");
    await lockMemberPoints(tx, request.memberId);
    const balance = await balanceIn(tx, familyId, request.memberId);
    if (!canAfford(balance, request.cost)) {
      throw new DomainError(
        sentence(
          "Not enough stars yet: {balance} of {cost}. Deny it, or wait until they have earned more.",
          { balance, cost: request.cost },
        ),
      );
    }
    const { count } = await tx.rewardRequest.updateMany({
      where: { id: requestId, familyId, status: "PENDING" },
      data: { status: "APPROVED", decidedById: parentId, decidedAt: new Date() },
    });
    if (count === 0) throw new DomainError("That request was already answered.");
    await tx.pointsEntry.create({
      data: {
        familyId,
        memberId: request.memberId,
        delta: -request.cost,
        source: "REWARD",
        sourceKey: rewardKey(requestId),
        reason: `Reward: ${request.reward.name}`,
      },
    });
    return { balance: balance - request.cost };
  });
}

export async function denyRequest(familyId: string, requestId: string, parentId: string) {
  const { count } = await db.rewardRequest.updateMany({
    where: { id: requestId, familyId, status: "PENDING" },
    data: { status: "DENIED", decidedById: parentId, decidedAt: new Date() },
  });
  if (count === 0) {
    const exists = await db.rewardRequest.count({ where: { id: requestId, familyId } });
    throw exists
      ? new DomainError("That request was already answered.")
      : new NotFoundError("That request");
  }
}

export type PendingRequest = {
  id: string;
  cost: number;
  createdAt: Date;
  member: { id: string; displayName: string; avatarEmoji: string; avatarColor: string };
  reward: { name: string; emoji: string };
};

/** Requests waiting for a parent, oldest first: one statement (the dashboard polls its page). */
export async function pendingRequests(familyId: string): Promise<PendingRequest[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      cost: number;
      createdAt: Date;
      memberId: string;
      displayName: string;
      avatarEmoji: string;
      avatarColor: string;
      rewardName: string;
      rewardEmoji: string;
    }[]
  >`
    SELECT q.id, q.cost, q."createdAt", m.id AS "memberId", m."displayName", m."avatarEmoji",
           m."avatarColor", r.name AS "rewardName", r.emoji AS "rewardEmoji"
    FROM reward_requests q
    JOIN family_members m ON m.id = q."memberId" AND m."familyId" = q."familyId"
    JOIN rewards r ON r.id = q."rewardId" AND r."familyId" = q."familyId"
    WHERE q."familyId" = ${familyId}::uuid AND q.status = 'PENDING'
    ORDER BY q."createdAt", q.id`;
  return rows.map((row) => ({
    id: row.id,
    cost: row.cost,
    createdAt: row.createdAt,
    member: {
      id: row.memberId,
      displayName: row.displayName,
      avatarEmoji: row.avatarEmoji,
      avatarColor: row.avatarColor,
    },
    reward: { name: row.rewardName, emoji: row.rewardEmoji },
  }));
}

/** A kid's latest requests, for the tablet ("waiting", "yes!", "not this time"). */
export async function memberRequests(familyId: string, memberId: string, take = 5) {
  return db.rewardRequest.findMany({
    where: { familyId, memberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      status: true,
      decidedAt: true,
      rewardId: true,
      reward: { select: { name: true, emoji: true } },
    },
  });
}
