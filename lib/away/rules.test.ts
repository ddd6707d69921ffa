import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CYCLE_DAYS,
  awayDates,
  awayOn,
  cycleStartFor,
  presetPattern,
  whereabouts,
  type AwayCalendar,
  type AwayRange,
} from "@/lib/away/rules";
import { streakOf } from "@/lib/habits/rules";
import { addDays, dayOfWeek, isoWeekday } from "@/lib/time/rules";

const base = "2026-01-05"; // a Monday
const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays(base, n));

const pattern = fc
  .record({
    start: fc.integer({ min: 0, max: 60 }),
    cycleDays: fc.constantFrom(...CYCLE_DAYS),
    picks: fc.uniqueArray(fc.integer({ min: 0, max: 27 }), { minLength: 1, maxLength: 28 }),
    place: fc.constantFrom("Dad's", "Mum's", "Grandma's"),
  })
  .map(({ start, cycleDays, picks, place }) => {
    const awayDays = picks.filter((d) => d < cycleDays);
    return {
      startDate: addDays(base, start),
      cycleDays,
      awayDays: awayDays.length ? awayDays : [0],
      place,
    };
  });

const range: fc.Arbitrary<AwayRange> = fc
  .record({
    kind: fc.constantFrom("AWAY" as const, "HOME" as const),
    start: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 20 }),
    place: fc.option(fc.constantFrom("camp", "Grandma's"), { nil: null }),
  })
  .map(({ kind, start, length, place }) => ({
    kind,
    startDate: addDays(base, start),
    endDate: addDays(base, start + length),
    place: kind === "HOME" ? null : place,
  }));

const calendar: fc.Arbitrary<AwayCalendar> = fc.record({
  pattern: fc.option(pattern, { nil: null }),
  days: fc.array(range, { maxLength: 6 }),
});

describe("away days", () => {
  it("a pattern repeats every cycle from its start, and nothing is away before it", () => {
    fc.assert(
      fc.property(pattern, day, (p, date) => {
        const cal = { pattern: p, days: [] };
        expect(awayOn(cal, addDays(date, p.cycleDays)) !== null).toBe(
          date >= p.startDate
            ? awayOn(cal, date) !== null
            : awayOn(cal, addDays(date, p.cycleDays)) !== null,
        );
        if (date < p.startDate) expect(awayOn(cal, date)).toBeNull();
        // Over any whole cycle from its start, exactly the pattern's away days are away.
        const from = addDays(p.startDate, p.cycleDays * 3);
        expect(awayDates(cal, from, addDays(from, p.cycleDays - 1)).size).toBe(p.awayDays.length);
      }),
    );
  });

  it("a HOME range always wins; an AWAY range is away unless a HOME covers the day", () => {
    fc.assert(
      fc.property(calendar, day, (cal, date) => {
        const covering = cal.days.filter((r) => r.startDate <= date && date <= r.endDate);
        const away = awayOn(cal, date);
        if (covering.some((r) => r.kind === "HOME")) expect(away).toBeNull();
        else if (covering.some((r) => r.kind === "AWAY")) expect(away).not.toBeNull();
        else if (!cal.pattern) expect(away).toBeNull();
      }),
    );
  });

  it("“until” is the last day of the stay: every day to it is away at that place, the next is not", () => {
    fc.assert(
      fc.property(calendar, day, (cal, today) => {
        const where = whereabouts(cal, today);
        if (!where) {
          expect(awayOn(cal, today)).toBeNull();
          return;
        }
        const last = where.until ?? addDays(today, 60);
        for (let d = today; d <= last; d = addDays(d, 1))
          expect(awayOn(cal, d)).toEqual({ place: where.place });
        if (where.until)
          expect(awayOn(cal, addDays(where.until, 1))?.place ?? "home").not.toBe(
            where.place ?? null,
          );
      }),
    );
  });

  it("week on / week off is away 7 of every 14 days, whole weeks of the family's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), day, (weekStart, someDay) => {
        const startDate = cycleStartFor(someDay, weekStart);
        expect(dayOfWeek(startDate, weekStart)).toBe(0);
        const cal = {
          pattern: { startDate, place: "Dad's", ...presetPattern("alternateWeeks", weekStart) },
          days: [],
        };
        const away = [...awayDates(cal, startDate, addDays(startDate, 27))];
        expect(away).toHaveLength(14);
        expect(away.slice(0, 7)).toEqual([...Array(7)].map((_, i) => addDays(startDate, 7 + i)));
      }),
    );
  });

  it("every other weekend is a Saturday and the Sunday after it, every 14 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), day, (weekStart, someDay) => {
        const startDate = cycleStartFor(someDay, weekStart);
        const cal = {
          pattern: { startDate, place: "Dad's", ...presetPattern("alternateWeekends", weekStart) },
          days: [],
        };
        const away = [...awayDates(cal, startDate, addDays(startDate, 41))];
        expect(away.map(isoWeekday)).toEqual([6, 7, 6, 7, 6, 7]);
        expect(away[2]).toBe(addDays(away[0]!, 14));
        expect(away[1]).toBe(addDays(away[0]!, 1));
      }),
    );
  });

  it("a kid away for a week keeps their streaks: the away days pause them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        (length, awayFrom, weekdays) => {
          const startDate = base;
          const today = addDays(base, length);
          const trip = {
            kind: "AWAY" as const,
            startDate: addDays(base, awayFrom),
            endDate: addDays(base, awayFrom + 6),
            place: null,
          };
          const away = awayDates({ pattern: null, days: [trip] }, startDate, today);
          // Every due day logged except while away (where nothing was done).
          const logs = new Map<string, number>();
          let due = 0;
          for (let d = startDate; d <= today; d = addDays(d, 1))
            if (weekdays.includes(isoWeekday(d)) && !away.has(d)) {
              logs.set(d, 1);
              due++;
            }
          const input = { cadence: { kind: "daily" as const, weekdays }, startDate, today, logs };
          expect(streakOf({ ...input, excused: away })).toEqual({ current: due, longest: due });
          // Without the away days the same logs break it: a missed due day after a logged one.
          const missed = [...away].filter((d) => d < today && weekdays.includes(isoWeekday(d)));
          const lastMissed = missed.at(-1);
          if (lastMissed && [...logs.keys()].some((d) => d < lastMissed))
            expect(streakOf({ ...input, excused: new Set() }).current).toBeLessThan(due);
        },
      ),
    );
  });
});
