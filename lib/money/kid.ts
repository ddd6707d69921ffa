import "server-only";
// What a kid's own rewards screen shows of their money (issue 20): the jars once there is money
// or an allowance, the next allowance and how its condition stands, the open goal, and the stars a
// grown-up changed by hand in the last week.
import { db } from "@/lib/db";
import { allowanceOutlook } from "@/lib/money/allowance";
import { goalProgress } from "@/lib/money/goals";
import { jarBalances } from "@/lib/money/queries";
import { localDateAt } from "@/lib/time/rules";

export async function kidMoney(familyId: string, kidId: string) {
  const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: { currency: true, timeZone: true, dayStartMinute: true },
  });
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const [hasMoney, wallet, goal, changes, allowance] = await Promise.all([
    db.moneyEntry.count({ where: { familyId, memberId: kidId } }),
    db.wallet.count({ where: { familyId, memberId: kidId, allowance: { gt: 0 } } }),
    goalProgress(familyId, kidId),
    db.pointsEntry.findMany({
      where: { familyId, memberId: kidId, source: "CORRECTION", createdAt: { gte: weekAgo } },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, delta: true, reason: true },
    }),
    allowanceOutlook(familyId, kidId, today),
  ]);
  const jars = hasMoney > 0 || wallet > 0 ? await jarBalances(familyId, kidId) : null;
  return { jars, currency: family.currency, goal, changes, allowance };
}
