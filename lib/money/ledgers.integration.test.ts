// The family's two ledgers (issue 20) against the real database: random sequences of payouts,
// corrections, deposits, withdrawals, jar moves and exchanges keep the jars and the stars equal to
// their sums and never negative; a jar refuses to go below zero even past the app's own checks.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { payAllowances, saveWallet } from "@/lib/money/allowance";
import { changeMoney, exchangePoints, jarBalances, moveMoney } from "@/lib/money/queries";
import { JARS, type Jar } from "@/lib/money/rules";
import { family } from "@/lib/money/testing";
import { correctPoints, memberBalance } from "@/lib/points/queries";
import { addDays, instantAt, toDbDate } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => false,
    (error: unknown) => {
      if (error instanceof DomainError) return true;
      throw error;
    },
  );

const WEDNESDAYS = {
  allowance: 500,
  rhythm: "WEEKLY" as const,
  weekday: 3,
  monthDay: 1,
  conditionRoutineId: null,
  conditionDays: null,
};

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe("both ledgers", () => {
  it("stay equal to their sums and never negative, whatever a parent does and the payout job pays, in whatever order", async () => {
    const jar = fc.constantFrom<Jar>(...JARS);
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("deposit" as const),
        jar,
        amount: fc.integer({ min: 1, max: 2000 }),
      }),
      fc.record({
        kind: fc.constant("withdraw" as const),
        jar,
        amount: fc.integer({ min: 1, max: 2000 }),
      }),
      fc.record({
        kind: fc.constant("move" as const),
        from: jar,
        to: jar,
        amount: fc.integer({ min: 1, max: 1500 }),
      }),
      fc.record({
        kind: fc.constant("correct" as const),
        delta: fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
      }),
      fc.record({ kind: fc.constant("exchange" as const), points: fc.constantFrom(10, 20, 30) }),
      // Days pass and the payout job runs, on one instance or two at once.
      fc.record({
        kind: fc.constant("payday" as const),
        days: fc.integer({ min: 1, max: 9 }),
        twice: fc.boolean(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        const { f, parent, kid, today } = await family();
        // €5 every Wednesday (30 % saved, 10 % given), from a start 60 days ago.
        const start = addDays(today, -60);
        await saveWallet(f.id, kid.id, { ...WEDNESDAYS, savePct: 30, givePct: 10 });
        await db.wallet.update({
          where: { memberId: kid.id },
          data: { startsOn: toDbDate(start) },
        });
        let clock = start;
        let paid = 0;
        // The model: what each ledger should hold after each step, refusals included.
        const money: Record<Jar, number> = { SPEND: 0, SAVE: 0, GIVE: 0 };
        let stars = 0;
        for (const s of steps) {
          if (s.kind === "payday") {
            clock = addDays(clock, s.days);
            const at = instantAt(clock, 12 * 60, f.timeZone);
            const pay = () => payAllowances(at, { familyIds: [f.id] });
            await (s.twice ? Promise.all([pay(), pay()]) : pay());
            // Wednesdays from the start to the clock, counted day by day: each paid once.
            const due = Array.from({ length: daysBetween(start, clock) + 1 }, (_, i) =>
              addDays(start, i),
            ).filter((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 3).length;
            expect(await db.allowancePeriod.count({ where: { memberId: kid.id } })).toBe(due);
            money.SPEND += (due - paid) * 300;
            money.SAVE += (due - paid) * 150;
            money.GIVE += (due - paid) * 50;
            paid = due;
          } else if (s.kind === "deposit") {
            await changeMoney(
              f.id,
              kid.id,
              { kind: "DEPOSIT", jar: s.jar, amount: s.amount, note: "in" },
              parent.id,
            );
            money[s.jar] += s.amount;
          } else if (s.kind === "withdraw") {
            const no = await refused(
              changeMoney(
                f.id,
                kid.id,
                { kind: "WITHDRAWAL", jar: s.jar, amount: s.amount, note: "out" },
                parent.id,
              ),
            );
            expect(no).toBe(money[s.jar] < s.amount);
            if (!no) money[s.jar] -= s.amount;
          } else if (s.kind === "move") {
            const no = await refused(moveMoney(f.id, kid.id, s, parent.id));
            expect(no).toBe(s.from === s.to || money[s.from] < s.amount);
            if (!no) {
              money[s.from] -= s.amount;
              money[s.to] += s.amount;
            }
          } else if (s.kind === "correct") {
            const no = await refused(
              correctPoints(f.id, kid.id, { delta: s.delta, reason: "fix" }, parent.id),
            );
            expect(no).toBe(stars + s.delta < 0);
            if (!no) stars += s.delta;
          } else {
            const no = await refused(exchangePoints(f.id, kid.id, s.points, parent.id));
            expect(no).toBe(stars < s.points);
            if (!no) {
              stars -= s.points;
              money.SPEND += (s.points / 10) * 50;
            }
          }
        }
        expect(await jarBalances(f.id, kid.id)).toEqual(money);
        expect(await memberBalance(f.id, kid.id)).toBe(stars);
        for (const j of JARS) expect(money[j]).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("refuse a jar below zero at the database too, even for two withdrawals at once", async () => {
    const { f, parent, kid } = await family();
    await changeMoney(
      f.id,
      kid.id,
      { kind: "DEPOSIT", jar: "SPEND", amount: 1000, note: "in" },
      parent.id,
    );
    const raw = () =>
      db.moneyEntry.create({
        data: {
          familyId: f.id,
          memberId: kid.id,
          jar: "SPEND",
          amount: -700,
          kind: "WITHDRAWAL",
          sourceKey: randomUUID(),
          note: "raw",
        },
      });
    const results = await Promise.allSettled([raw(), raw(), raw()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await jarBalances(f.id, kid.id)).SPEND).toBe(300);
    await expect(
      db.moneyEntry.updateMany({ where: { memberId: kid.id }, data: { amount: 5 } }),
    ).rejects.toThrow();
  });
});
