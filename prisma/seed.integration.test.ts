import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { seedDemoFamily } from "./seed";
import { DEMO_FAMILY_ID, HISTORY_DAYS } from "./demo-family";

const db = testDb();
afterAll(() => db.$disconnect());

async function snapshot() {
  const familyId = DEMO_FAMILY_ID;
  const [
    members,
    users,
    routines,
    versions,
    items,
    checks,
    completions,
    habits,
    logs,
    awards,
    balances,
    pending,
  ] = await Promise.all([
    db.familyMember.groupBy({ by: ["role"], where: { familyId }, _count: true }),
    db.user.count({ where: { memberships: { some: { familyId } } } }),
    db.routine.count({ where: { familyId } }),
    db.routineVersion.groupBy({ by: ["routineId"], where: { familyId }, _count: true }),
    db.routineItem.count({ where: { familyId } }),
    db.itemCheck.count({ where: { familyId } }),
    db.routineCompletion.count({ where: { familyId } }),
    db.habit.count({ where: { familyId } }),
    db.habitLog.count({ where: { familyId } }),
    db.pointsEntry.count({ where: { familyId, source: { in: ["ROUTINE", "HABIT"] } } }),
    db.pointsEntry.groupBy({ by: ["memberId"], where: { familyId }, _sum: { delta: true } }),
    db.rewardRequest.count({ where: { familyId, status: "PENDING" } }),
  ]);
  const minBalance = Math.min(...balances.map((b) => b._sum.delta ?? 0));
  return {
    members,
    users,
    routines,
    versions,
    items,
    checks,
    completions,
    habits,
    logs,
    awards,
    minBalance,
    pending,
  };
}

describe("demo seed", () => {
  it("creates the documented demo family once; a second run changes nothing", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await seedDemoFamily(url)).toBe("created");
    const first = await snapshot();

    expect(Object.fromEntries(first.members.map((m) => [m.role, m._count]))).toEqual({
      PARENT: 2,
      CHILD: 3,
    });
    expect(first.users).toBe(2);
    expect(first.routines).toBe(4);
    expect(first.versions.map((v) => v._count).sort()).toEqual([1, 1, 1, 2]);
    expect(first.habits).toBe(6);
    expect(first.checks).toBeGreaterThan(1000);
    expect(first.completions).toBeGreaterThan(100);
    expect(first.logs).toBeGreaterThan(100);
    // Every completion and habit log earned its points once; rewards were paid from them.
    expect(first.awards).toBe(first.completions + first.logs);
    expect(first.minBalance).toBeGreaterThanOrEqual(0);
    expect(first.pending).toBe(1);

    expect(await seedDemoFamily(url)).toBe("exists");
    expect(await snapshot()).toEqual(first);
  });

  it("spreads the history over the last 60 local days and links checks to the version of their day", async () => {
    const range = await db.itemCheck.aggregate({
      where: { familyId: DEMO_FAMILY_ID },
      _min: { localDate: true },
      _max: { localDate: true },
    });
    const days = (range._max.localDate!.getTime() - range._min.localDate!.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(HISTORY_DAYS - 5);
    expect(days).toBeLessThanOrEqual(HISTORY_DAYS);

    // Morning's version 2 started 20 days ago: no check before that day points at it.
    const v2 = await db.routineVersion.findFirstOrThrow({
      where: { familyId: DEMO_FAMILY_ID, number: 2 },
    });
    const v1 = await db.routineVersion.findFirstOrThrow({
      where: { routineId: v2.routineId, number: 1 },
    });
    const firstV2 = await db.itemCheck.aggregate({
      where: { versionId: v2.id },
      _min: { localDate: true },
    });
    const lastV1 = await db.itemCheck.aggregate({
      where: { versionId: v1.id },
      _max: { localDate: true },
    });
    expect(lastV1._max.localDate!.getTime()).toBeLessThan(firstV2._min.localDate!.getTime());
  });
});
