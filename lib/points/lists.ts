import "server-only";
// Points, rewards and requests as the API lists and reads them: pages in a stable order, one row
// by id. The writes that guard the never-negative rule stay in lib/points/queries.ts.
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { withUniqueRewardName } from "@/lib/points/rewards";
import type { Prisma } from "@/lib/generated/prisma/client";

type Page<W> = { limit: number; after: W };

/** A member's ledger, newest first (what a person wants to see first), one page. */
export async function ledgerPage(
  familyId: string,
  memberId: string,
  page: Page<Prisma.PointsEntryWhereInput>,
) {
  return db.pointsEntry.findMany({
    where: { familyId, memberId, ...page.after },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
    select: { id: true, delta: true, source: true, reason: true, createdAt: true },
  });
}

const rewardFields = {
  id: true,
  name: true,
  emoji: true,
  cost: true,
  active: true,
  createdAt: true,
} as const satisfies Prisma.RewardSelect;

export async function rewardsPage(
  familyId: string,
  options: Page<Prisma.RewardWhereInput> & { active?: boolean },
) {
  return db.reward.findMany({
    where: {
      familyId,
      ...(options.active === undefined ? {} : { active: options.active }),
      ...options.after,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit + 1,
    select: rewardFields,
  });
}

export async function getReward(familyId: string, rewardId: string) {
  const reward = await db.reward.findFirst({
    where: { id: rewardId, familyId },
    select: rewardFields,
  });
  if (!reward) throw new NotFoundError("That reward");
  return reward;
}

/** Name, picture, cost or whether the tablet offers it; open requests keep the cost they asked at. */
export async function updateReward(
  familyId: string,
  rewardId: string,
  changes: { name?: string; emoji?: string; cost?: number; active?: boolean },
) {
  const { count } = await withUniqueRewardName(
    () => db.reward.updateMany({ where: { id: rewardId, familyId }, data: changes }),
    changes.name,
  );
  if (count === 0) throw new NotFoundError("That reward");
  return getReward(familyId, rewardId);
}

const requestFields = {
  id: true,
  memberId: true,
  rewardId: true,
  cost: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  decidedById: true,
} as const satisfies Prisma.RewardRequestSelect;

export async function rewardRequestsPage(
  familyId: string,
  options: Page<Prisma.RewardRequestWhereInput> & {
    status?: "PENDING" | "APPROVED" | "DENIED";
    memberId?: string;
  },
) {
  return db.rewardRequest.findMany({
    where: {
      familyId,
      ...(options.status ? { status: options.status } : {}),
      ...(options.memberId ? { memberId: options.memberId } : {}),
      ...options.after,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit + 1,
    select: requestFields,
  });
}

export async function getRewardRequest(familyId: string, requestId: string) {
  const request = await db.rewardRequest.findFirst({
    where: { id: requestId, familyId },
    select: requestFields,
  });
  if (!request) throw new NotFoundError("That request");
  return request;
}
