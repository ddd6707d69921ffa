// Measured habits (issue 21) against the real database, on an injected clock: a kid's amounts in
// a family that lives in Berlin with its day starting at 04:00, around the spring DST change. The
// days, the week totals, the stored streak and the points for each week whose goal was met all
// agree with an independent computation, whatever the retries and undos.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { logAmount, undoAmount } from "@/lib/habits/amounts";
import { weeklyTotals } from "@/lib/habits/measure";
import { logHabit, undoHabitLog } from "@/lib/habits/logs";
import { streakOf } from "@/lib/habits/rules";
import { createFamily, createKid } from "@/lib/testing/factories";
import { fromDbDate, localDateAt, toDbDate } from "@/lib/time/rules";
import { DomainError } from "@/lib/errors";

afterAll(() => db.$disconnect());

const ZONE = "Europe/Berlin";
const DAY_START = 240;

/** The oracle's family day of an instant: Berlin's wall clock by Intl, 04:00 still yesterday. */
function familyDay(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  if (Number(parts.hour) * 60 + Number(parts.minute) >= DAY_START) return date;
  return new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Monday of the week of `date` (the family's weeks start on Monday). */
const mondayOf = (date: string) => {
  const t = Date.parse(`${date}T12:00:00Z`);
  return new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
};

async function measuredHabit(goal: number, cadence: "DAILY" | "WEEKLY") {
  const family = await createFamily(db, { timeZone: ZONE, dayStartMinute: DAY_START });
  const kid = await createKid(db, family.id);
  const habit = await db.habit.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      name: "Cycling",
      icon: "🚴",
      cadence,
      weekdays: cadence === "DAILY" ? [1, 2, 3, 4, 5, 6, 7] : [],
      startDate: toDbDate("2027-03-15"),
      unit: "MINUTES",
      target: goal,
      points: 7,
    },
  });
  return { familyId: family.id, kidId: kid.id, habitId: habit.id };
}

const balance = async (memberId: string) =>
  (await db.pointsEntry.aggregate({ where: { memberId }, _sum: { delta: true } }))._sum.delta ?? 0;

describe("a measured habit across the spring DST change", () => {
  it("adds amounts into days and weeks, with its streak and points, as the oracle says", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            // 2027-03-20 00:00 UTC plus up to 16 days: Berlin moves to summer time on the 28th.
            at: fc.integer({ min: 0, max: 16 * 24 * 60 }),
            amount: fc.integer({ min: 1, max: 30 }),
            retried: fc.boolean(),
            undone: fc.boolean(),
          }),
          { minLength: 1, maxLength: 14 },
        ),
        fc.constantFrom("DAILY" as const, "WEEKLY" as const),
        async (taps, cadence) => {
          const goal = cadence === "DAILY" ? 20 : 60;
          const { familyId, kidId, habitId } = await measuredHabit(goal, cadence);
          const sorted = taps
            .map((tap) => ({
              ...tap,
              at: new Date(Date.parse("2027-03-20T00:00:00Z") + tap.at * 60_000),
            }))
            .sort((a, b) => a.at.getTime() - b.at.getTime());
          const kept = new Map<string, number>();
          let today = "";
          for (const tap of sorted) {
            const date = localDateAt(tap.at, ZONE, DAY_START);
            expect(date).toBe(familyDay(tap.at));
            today = date;
            const key = randomUUID();
            const input = { date, today, amount: tap.amount, clientEventId: key, memberId: kidId };
            const added = await logAmount(familyId, habitId, input);
            if (tap.retried)
              expect(await logAmount(familyId, habitId, input)).toMatchObject({ created: false });
            if (tap.undone) {
              await undoAmount(familyId, added.amountId, today);
              // A retry of an undone tap adds nothing either.
              expect(await logAmount(familyId, habitId, input)).toMatchObject({ undone: true });
            } else kept.set(date, (kept.get(date) ?? 0) + tap.amount);
          }

          const logs = await db.habitLog.findMany({ where: { habitId } });
          expect(new Map(logs.map((log) => [fromDbDate(log.localDate), log.count]))).toEqual(kept);
          const weeks = new Map<string, number>();
          for (const [date, amount] of kept)
            weeks.set(mondayOf(date), (weeks.get(mondayOf(date)) ?? 0) + amount);
          for (const week of weeklyTotals(kept, today, 3))
            expect(week.total, week.weekStart).toBe(weeks.get(week.weekStart) ?? 0);

          const met =
            cadence === "DAILY"
              ? [...kept.values()].filter((amount) => amount >= goal).length
              : [...weeks.values()].filter((total) => total >= goal).length;
          expect(await balance(kidId)).toBe(7 * met);
          const stored = await db.habitStreak.findUniqueOrThrow({
            where: { habitId_familyId: { habitId, familyId } },
          });
          expect({ current: stored.current, longest: stored.longest }).toEqual(
            streakOf({
              cadence:
                cadence === "DAILY"
                  ? { kind: "daily", weekdays: [1, 2, 3, 4, 5, 6, 7] }
                  : { kind: "weekly", timesPerWeek: 1 },
              startDate: "2027-03-15",
              today,
              logs: kept,
              excused: new Set(),
              goal,
            }),
          );
        },
      ),
      { numRuns: 12 },
    );
  });

  it("earns its points once per week met, takes them back under the goal, and again over it", async () => {
    const { familyId, kidId, habitId } = await measuredHabit(30, "WEEKLY");
    const today = "2027-03-24";
    const add = (amount: number) =>
      logAmount(familyId, habitId, { date: today, today, amount, clientEventId: randomUUID() });
    await add(20);
    expect(await balance(kidId)).toBe(0);
    const over = await add(15);
    expect(over).toMatchObject({ dayTotal: 35, periodTotal: 35, goalMet: true });
    await add(10);
    expect(await balance(kidId)).toBe(7);
    await undoAmount(familyId, over.amountId, today);
    expect(await balance(kidId)).toBe(7); // 30 left: still met
    const day = await db.habitLog.findFirstOrThrow({ where: { habitId } });
    expect(day.count).toBe(30);
    await logHabit(familyId, habitId, { date: today, today, count: 5 });
    // A parent's undo of the whole day takes its amounts and the week's points with it.
    await undoHabitLog(familyId, day.id, today);
    expect(await db.habitAmount.count({ where: { habitId } })).toBe(0);
    expect(await balance(kidId)).toBe(0);
    await add(40);
    expect(await balance(kidId)).toBe(7);
  });

  it("refuses an amount for a habit that is done or not", async () => {
    const { familyId, habitId } = await measuredHabit(10, "DAILY");
    await db.habit.update({ where: { id: habitId }, data: { unit: null, target: null } });
    await expect(
      logAmount(familyId, habitId, { date: "2027-03-24", today: "2027-03-24", amount: 5 }),
    ).rejects.toBeInstanceOf(DomainError);
  });
});
