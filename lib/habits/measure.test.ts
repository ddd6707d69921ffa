// Measured habits (issue 21): streaks of periods whose goal was met and the totals per family
// week, against an independent computation (plain UTC dates, no shared helpers), whatever the
// week start.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quickSteps, timerMinutes, weeklyTotals } from "@/lib/habits/measure";
import { streakOf } from "@/lib/habits/rules";

const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** ISO weekday of a date, 1 = Monday. */
const weekday = (date: string) => ((new Date(ms(date)).getUTCDay() + 6) % 7) + 1;
/** The first day of the week `date` is in, weeks starting on ISO weekday `start`. */
const weekOf = (date: string, start: number) =>
  iso(ms(date) - ((weekday(date) - start + 7) % 7) * DAY);

/** The oracle: the periods in order, each met / missed / skipped, then the runs. */
function oracleStreak(input: {
  daily: number[] | null;
  goal: number;
  start: string;
  today: string;
  amounts: Map<string, number>;
  excused: Set<string>;
  weekStart: number;
}) {
  const marks: ("met" | "missed" | "skipped")[] = [];
  if (input.daily) {
    for (let t = ms(input.start); t <= ms(input.today); t += DAY) {
      const date = iso(t);
      if (!input.daily.includes(weekday(date))) continue;
      const amount = input.amounts.get(date) ?? 0;
      marks.push(
        amount >= input.goal
          ? "met"
          : input.excused.has(date) || date === input.today
            ? "skipped"
            : "missed",
      );
    }
  } else {
    for (let w = ms(weekOf(input.start, input.weekStart)); w <= ms(input.today); w += 7 * DAY) {
      let total = 0;
      let open = 0;
      for (let d = 0; d < 7; d++) {
        const date = iso(w + d * DAY);
        if (date < input.start) continue;
        total += input.amounts.get(date) ?? 0;
        if (!input.excused.has(date)) open++;
      }
      const target = Math.ceil((input.goal * open) / 7);
      const running = iso(w + 6 * DAY) >= input.today;
      marks.push(
        total > 0 && total >= target ? "met" : target === 0 || running ? "skipped" : "missed",
      );
    }
  }
  let current = 0;
  let longest = 0;
  for (const mark of marks) {
    if (mark === "met") longest = Math.max(longest, ++current);
    else if (mark === "missed") current = 0;
  }
  return { current, longest };
}

const calendar = fc.record({
  startOffset: fc.integer({ min: 0, max: 40 }),
  span: fc.integer({ min: 0, max: 70 }),
  goal: fc.integer({ min: 1, max: 60 }),
  weekStart: fc.constantFrom(1, 6, 7),
  daily: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })),
  logs: fc.array(fc.record({ day: fc.nat(110), amount: fc.integer({ min: 1, max: 45 }) }), {
    maxLength: 60,
  }),
  excused: fc.array(fc.nat(110), { maxLength: 15 }),
});

describe("measured habits", () => {
  it("count streaks of periods whose goal was met, as the oracle does", () => {
    fc.assert(
      fc.property(calendar, (c) => {
        // A year around a DST change and a year end: dates are the family's own, days are days.
        const base = ms("2026-10-01");
        const start = iso(base + c.startOffset * DAY);
        const today = iso(base + (c.startOffset + c.span) * DAY);
        const amounts = new Map<string, number>();
        for (const log of c.logs) {
          const date = iso(base + log.day * DAY);
          if (date < start || date > today) continue;
          amounts.set(date, (amounts.get(date) ?? 0) + log.amount);
        }
        const excused = new Set(c.excused.map((d) => iso(base + d * DAY)));
        const ours = streakOf({
          cadence: c.daily
            ? { kind: "daily", weekdays: c.daily }
            : { kind: "weekly", timesPerWeek: 1 },
          startDate: start,
          today,
          logs: amounts,
          excused,
          weekStart: c.weekStart,
          goal: c.goal,
        });
        expect(ours).toEqual(
          oracleStreak({ ...c, start, today, amounts, excused, daily: c.daily }),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("total each family week as the oracle does, whatever the week start", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.nat(90), amount: fc.integer({ min: 1, max: 99 }) }), {
          maxLength: 80,
        }),
        fc.constantFrom(1, 6, 7),
        fc.integer({ min: 1, max: 12 }),
        (logs, weekStart, weeks) => {
          const base = ms("2027-02-15");
          const today = iso(base + 90 * DAY);
          const amounts = new Map<string, number>();
          for (const log of logs) {
            const date = iso(base + log.day * DAY);
            amounts.set(date, (amounts.get(date) ?? 0) + log.amount);
          }
          const expected = new Map<string, number>();
          const first = ms(weekOf(today, weekStart)) - (weeks - 1) * 7 * DAY;
          for (let w = 0; w < weeks; w++) expected.set(iso(first + w * 7 * DAY), 0);
          for (const [date, amount] of amounts) {
            const week = weekOf(date, weekStart);
            if (expected.has(week)) expected.set(week, expected.get(week)! + amount);
          }
          expect(weeklyTotals(amounts, today, weeks, weekStart)).toEqual(
            [...expected].map(([weekStart, total]) => ({ weekStart, total })),
          );
        },
      ),
    );
  });

  it("time whole minutes, at least one once started, and offer steps that fit the unit", () => {
    expect(timerMinutes(0, 20 * 60_000 + 29_000)).toBe(20);
    expect(timerMinutes(0, 20 * 60_000 + 31_000)).toBe(21);
    expect(timerMinutes(0, 5_000)).toBe(1);
    expect(timerMinutes(0, 30 * 60 * 60_000)).toBe(1000);
    expect(quickSteps("MINUTES")).toEqual([5, 10]);
    expect(quickSteps("GLASSES")).toEqual([1]);
  });
});
