import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/rules";
import { seedDemoFamily } from "./seed";
import { DEMO_FAMILY_ID, HISTORY_DAYS, demoSecrets } from "./demo-family";

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
  const seeded = demoSecrets({});
  it("creates the documented demo family once; a second run changes nothing", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await seedDemoFamily(url, seeded)).toBe("created");
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

    expect(await seedDemoFamily(url, demoSecrets())).toBe("exists");
    expect(await snapshot()).toEqual(first);
  });

  it("gives the demo parents a fresh random password and the kid a random PIN, never a fixed one", async () => {
    const secrets = [demoSecrets({}), demoSecrets({}), demoSecrets({})];
    expect(new Set(secrets.map((s) => s.password)).size).toBe(3);
    for (const { password, pin } of secrets) {
      expect(password).toMatch(/^[\w-]{4}-[\w-]{4}-[\w-]{4}$/);
      expect(passwordProblem(password)).toBeNull();
      expect(pin).toMatch(/^\d{4}$/);
    }
    expect(demoSecrets({ DEMO_PASSWORD: "chosen-by-a-test", DEMO_KID_PIN: "0007" })).toEqual({
      password: "chosen-by-a-test",
      pin: "0007",
    });
    // The seeded parents open with their own password; the one the README printed before
    // 2026-11-29 opens nothing.
    const alex = await db.user.findUniqueOrThrow({ where: { email: "alex@demo.family" } });
    expect(await verifyPassword(alex.passwordHash, seeded.password)).toBe(true);
    expect(await verifyPassword(alex.passwordHash, "sunny-breakfast-42")).toBe(false);
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
