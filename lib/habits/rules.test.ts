import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  habitLogRefusal,
  excusedDates,
  weekStartOf,
  streakOf,
  type Cadence,
  type StreakInput,
} from "@/lib/habits/rules";
import { addDays, isoWeekday, type LocalDate } from "@/lib/time/rules";

const daily = (weekdays = [1, 2, 3, 4, 5, 6, 7]): Cadence => ({ kind: "daily", weekdays });
const logs = (...dates: string[]) => new Map(dates.map((d) => [d, 1]));
const input = (overrides: Partial<StreakInput>): StreakInput => ({
  cadence: daily(),
  startDate: "2026-11-01",
  today: "2026-11-27",
  logs: new Map(),
  excused: new Set(),
  ...overrides,
});

describe("daily streaks", () => {
  it("count consecutive logged due days and let today wait", () => {
    const result = streakOf(input({ logs: logs("2026-11-24", "2026-11-25", "2026-11-26") }));
    expect(result).toEqual({ current: 3, longest: 3 });
    expect(streakOf(input({ logs: logs("2026-11-25", "2026-11-26", "2026-11-27") }))).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it("break on a missed due day, but not on a day that was not due", () => {
    const weekdaysOnly = daily([1, 2, 3, 4, 5]);
    // Fri 20, (Sat, Sun not due), Mon 23 … Thu 26: one streak of 5.
    const days = logs("2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26");
    expect(streakOf(input({ cadence: weekdaysOnly, logs: days }))).toMatchObject({ current: 5 });
    const gap = logs("2026-11-20", "2026-11-24", "2026-11-25", "2026-11-26");
    expect(streakOf(input({ cadence: weekdaysOnly, logs: gap }))).toMatchObject({ current: 3 });
  });

  it("survive a pause and an excused day", () => {
    const withGap = { logs: logs("2026-11-20", "2026-11-21", "2026-11-25", "2026-11-26") };
    expect(streakOf(input(withGap)).current).toBe(2);
    const paused = excusedDates(
      [{ startDate: "2026-11-22", endDate: "2026-11-24" }],
      "2026-11-01",
      "2026-11-27",
    );
    expect(streakOf(input({ ...withGap, excused: paused }))).toEqual({ current: 4, longest: 4 });
  });

  it("run across the year end", () => {
    const result = streakOf(
      input({
        startDate: "2026-12-28",
        today: "2027-01-03",
        logs: logs("2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"),
      }),
    );
    expect(result.current).toBe(5);
  });

  it("run across a DST change day (dates are the family's own, so 23 hours is still one day)", () => {
    // 2026-03-29: Europe's clocks go forward.
    const result = streakOf(
      input({
        startDate: "2026-03-27",
        today: "2026-03-31",
        logs: logs("2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30"),
      }),
    );
    expect(result).toEqual({ current: 4, longest: 4 });
  });
});

describe("N-per-week streaks", () => {
  const weekly = (n: number): Cadence => ({ kind: "weekly", timesPerWeek: n });

  it("count weeks that reach the target, and let the running week wait", () => {
    // Weeks of Nov 9, 16, 23 (running, today is Fri 27).
    const result = streakOf(
      input({
        cadence: weekly(3),
        startDate: "2026-11-09",
        logs: logs(
          "2026-11-09",
          "2026-11-11",
          "2026-11-13",
          "2026-11-16",
          "2026-11-17",
          "2026-11-18",
          "2026-11-23",
        ),
      }),
    );
    expect(result).toEqual({ current: 2, longest: 2 });
  });

  it("lower a week's target by its paused days", () => {
    const paused = excusedDates(
      [{ startDate: "2026-11-16", endDate: "2026-11-20" }],
      "2026-11-09",
      "2026-11-27",
    );
    const some = logs("2026-11-09", "2026-11-10", "2026-11-11", "2026-11-21", "2026-11-22");
    expect(
      streakOf(input({ cadence: weekly(3), startDate: "2026-11-09", logs: some })).current,
    ).toBe(0);
    expect(
      streakOf(input({ cadence: weekly(3), startDate: "2026-11-09", logs: some, excused: paused }))
        .current,
    ).toBe(2);
  });

  it("group weeks Monday to Sunday across the year end", () => {
    expect(weekStartOf("2027-01-03")).toBe("2026-12-28");
    expect(isoWeekday(weekStartOf("2026-11-27"))).toBe(1);
  });

  it("group weeks from the family's week start: Sunday or Saturday", () => {
    expect(weekStartOf("2026-11-27", 7)).toBe("2026-11-22"); // Friday → the Sunday before
    expect(weekStartOf("2026-11-22", 7)).toBe("2026-11-22");
    expect(weekStartOf("2026-11-28", 6)).toBe("2026-11-28"); // a Saturday starts its own week
    expect(weekStartOf("2026-11-27", 6)).toBe("2026-11-21");
    // Twice a week, done on a Friday and the Saturday after, two weekends running (today is the
    // Friday after). In Monday weeks each pair is one week, both met; in Saturday weeks each pair
    // straddles the week's edge, and only the week between (Sat 14 to Fri 20) holds two.
    const pairs = logs("2026-11-13", "2026-11-14", "2026-11-20", "2026-11-21");
    const twice = { cadence: weekly(2), startDate: "2026-11-09", logs: pairs };
    expect(streakOf(input({ ...twice, weekStart: 1 }))).toEqual({ current: 2, longest: 2 });
    expect(streakOf(input({ ...twice, weekStart: 6 }))).toEqual({ current: 1, longest: 1 });
  });
});

// ── properties ───────────────────────────────────────────────────────────────────────────────
const START = "2026-01-05";
const offsets = (max: number) => fc.uniqueArray(fc.integer({ min: 0, max }), { maxLength: 60 });
const scenario = fc.record({
  cadence: fc.oneof(
    fc
      .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
      .map((weekdays) => daily(weekdays)),
    fc.integer({ min: 1, max: 7 }).map((n): Cadence => ({ kind: "weekly", timesPerWeek: n })),
  ),
  days: fc.integer({ min: 0, max: 90 }),
  logged: offsets(90),
  excused: offsets(90),
  extra: fc.integer({ min: 0, max: 90 }),
  weekStart: fc.constantFrom(1, 6, 7),
});

function toInput(s: {
  cadence: Cadence;
  days: number;
  logged: number[];
  excused: number[];
  weekStart?: number;
}): StreakInput {
  const at = (offset: number) => addDays(START, offset);
  return {
    cadence: s.cadence,
    startDate: START,
    today: at(s.days),
    logs: new Map(s.logged.filter((o) => o <= s.days).map((o) => [at(o), 1])),
    excused: new Set(s.excused.map(at)),
    weekStart: s.weekStart,
  };
}

/** An independent daily oracle: mark every due day, then read runs off a string. */
function dailyOracle(i: StreakInput, weekdays: readonly number[]) {
  let marks = "";
  for (let d = i.startDate; d <= i.today; d = addDays(d, 1)) {
    if (!weekdays.includes(isoWeekday(d))) continue;
    marks += i.logs.has(d) ? "x" : i.excused.has(d) || d === i.today ? "" : ".";
  }
  const runs = marks.split(".").map((r) => r.length);
  return { current: runs.at(-1) ?? 0, longest: Math.max(0, ...runs) };
}

/**
 * An independent weekly oracle: walk the days, start a new week on every week-start day, and
 * judge each week as the rules say (target lowered by excused days; the running week only counts).
 */
function weeklyOracle(i: StreakInput, timesPerWeek: number) {
  const weeks: LocalDate[][] = [];
  // The days of the first week before the start date exist but are not the habit's.
  let first = i.startDate;
  while (isoWeekday(first) !== (i.weekStart ?? 1)) first = addDays(first, -1);
  for (let d = first; d <= i.today || isoWeekday(d) !== (i.weekStart ?? 1); d = addDays(d, 1)) {
    if (isoWeekday(d) === (i.weekStart ?? 1)) weeks.push([]);
    weeks.at(-1)!.push(d);
  }
  let marks = "";
  for (const week of weeks) {
    const own = week.filter((d) => d >= i.startDate);
    const logged = own.reduce((sum, d) => sum + (i.logs.get(d) ?? 0), 0);
    const target = Math.min(timesPerWeek, own.filter((d) => !i.excused.has(d)).length);
    if (logged > 0 && logged >= target) marks += "x";
    else if (target > 0 && !week.includes(i.today)) marks += ".";
  }
  const runs = marks.split(".").map((r) => r.length);
  return { current: runs.at(-1) ?? 0, longest: Math.max(0, ...runs) };
}

describe("streak properties", () => {
  it("agree with an independent computation for N-per-week habits, whatever the week start", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const i = toInput(s);
        if (i.cadence.kind === "weekly")
          expect(streakOf(i)).toEqual(weeklyOracle(i, i.cadence.timesPerWeek));
      }),
    );
  });

  it("agree with an independent computation for daily habits", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const i = toInput(s);
        if (i.cadence.kind === "daily")
          expect(streakOf(i)).toEqual(dailyOracle(i, i.cadence.weekdays));
      }),
    );
  });

  it("never have current above longest", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { current, longest } = streakOf(toInput(s));
        expect(current).toBeGreaterThanOrEqual(0);
        expect(longest).toBeGreaterThanOrEqual(current);
      }),
    );
  });

  it("are never lowered by a pause or an excused day", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const before = toInput({ ...s, excused: s.excused.slice(1) });
        const after = toInput(s);
        const a = streakOf(before);
        const b = streakOf(after);
        expect(b.current).toBeGreaterThanOrEqual(a.current);
        expect(b.longest).toBeGreaterThanOrEqual(a.longest);
      }),
    );
  });

  it("are never lowered by one more log", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = streakOf(toInput(s));
        const b = streakOf(toInput({ ...s, logged: [...s.logged, s.extra] }));
        expect(b.current).toBeGreaterThanOrEqual(a.current);
        expect(b.longest).toBeGreaterThanOrEqual(a.longest);
      }),
    );
  });
});

describe("when a habit may be logged", () => {
  const today = "2026-11-27"; // a Friday
  const habit = {
    name: "Read",
    cadence: { kind: "daily" as const, weekdays: [1, 2, 3, 4, 5] },
    startDate: "2026-11-23",
  };

  it("today or up to 7 days back, from its start, on a due day; a weekly habit any day", () => {
    expect(habitLogRefusal({ date: today, today, habit })).toBeNull();
    expect(String(habitLogRefusal({ date: "2026-11-28", today, habit }))).toBe(
      "Habits can be logged for today (Friday, Nov 27) and up to 7 days back, not for Saturday, Nov 28.",
    );
    expect(String(habitLogRefusal({ date: "2026-11-22", today, habit }))).toBe(
      "“Read” starts on Monday, Nov 23.",
    );
    const weekend = { ...habit, startDate: "2026-11-01" };
    expect(String(habitLogRefusal({ date: "2026-11-22", today, habit: weekend }))).toBe(
      "“Read” is not planned on Sunday.",
    );
    const weekly = { ...weekend, cadence: { kind: "weekly" as const, timesPerWeek: 2 } };
    expect(habitLogRefusal({ date: "2026-11-22", today, habit: weekly })).toBeNull();
  });
});
