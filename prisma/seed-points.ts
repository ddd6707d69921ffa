// The demo family's points: what the app would have written for its generated history.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, instantAt } from "@/lib/time/rules";
import {
  DEMO_FAMILY_ID,
  demoFamily,
  demoParents,
  demoRewards,
  demoSpending,
  type MemberKey,
} from "./demo-family";

type Tx = Prisma.TransactionClient;

/**
 * Points for the generated history, as the app would have written them: each completion and each
 * habit log earned its points, a few rewards were given, and one request is waiting.
 */
export async function seedPoints(tx: Tx, members: Map<MemberKey, string>, today: string) {
  const familyId = DEMO_FAMILY_ID;
  const awards = await tx.$executeRaw`
    INSERT INTO points_entries (id, "familyId", "memberId", delta, source, "sourceKey", reason, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), c."familyId", c."memberId", r.points, 'ROUTINE'::"PointsSource", 'routine:' || c.id, r.name, c."completedAt", c."completedAt"
    FROM routine_completions c JOIN routines r ON r.id = c."routineId"
    WHERE c."familyId" = ${familyId}::uuid AND r.points > 0
    UNION ALL
    SELECT gen_random_uuid(), l."familyId", h."memberId", h.points, 'HABIT'::"PointsSource", 'habit:' || l.id, h.name, l."createdAt", l."createdAt"
    FROM habit_logs l JOIN habits h ON h.id = l."habitId"
    WHERE l."familyId" = ${familyId}::uuid AND h.points > 0`;
  const rewards = new Map<string, { id: string; cost: number }>();
  for (const reward of demoRewards) {
    const row = await tx.reward.create({ data: { familyId, ...reward }, select: { id: true } });
    rewards.set(reward.name, { id: row.id, cost: reward.cost });
  }
  const parentId = members.get(demoParents[0].key)!;
  for (const spend of demoSpending) {
    const reward = rewards.get(spend.reward)!;
    const memberId = members.get(spend.member)!;
    const at =
      spend.daysAgo === null
        ? new Date()
        : instantAt(addDays(today, -spend.daysAgo), 19 * 60, demoFamily.timeZone);
    const request = await tx.rewardRequest.create({
      data: {
        familyId,
        memberId,
        rewardId: reward.id,
        cost: reward.cost,
        createdAt: at,
        ...(spend.daysAgo === null
          ? {}
          : { status: "APPROVED" as const, decidedById: parentId, decidedAt: at }),
      },
      select: { id: true },
    });
    if (spend.daysAgo !== null) {
      await tx.pointsEntry.create({
        data: {
          familyId,
          memberId,
          delta: -reward.cost,
          source: "REWARD",
          sourceKey: `reward:${request.id}`,
          reason: `Reward: ${spend.reward}`,
          createdAt: at,
        },
      });
    }
  }
  return { pointsAwards: awards, rewards: demoRewards.length, rewardRequests: demoSpending.length };
}
