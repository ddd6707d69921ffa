// Forgiving streaks, as pure functions. The stored HabitStreak must always equal streakOf(...)
// recomputed from the logs (property-tested in rules.test.ts, asserted after every write).
//
// The rules:
// - Only due units count: for a daily habit the days of its weekdays, for an N-per-week habit the
//   family's weeks (Monday–Sunday, or from Sunday or Saturday: families.weekStart), from the
//   habit's start date to today.
// - A due day that was logged counts. An unlogged due day breaks the streak, unless it is paused
//   or excused: then it is skipped (neither counts nor breaks). So a pause can never lower a streak.
// - A week counts when its logs reach the target; its target shrinks by the paused or excused days
//   it has (a week with no day left to do it needs no log and is skipped if it has none).
// - The unit still running (today, or this week) never breaks the streak: it counts once met.
// - A measured habit (issue 21) has a goal in its unit: a due day counts when its amount reaches
//   the goal; a week when its total reaches the goal, shrunk in proportion to the paused or
//   excused days it has (⌈goal × days left / 7⌉).
import {
  BACKFILL_DAYS,
  addDays,
  dayOfWeek,
  isWithinBackfill,
  isoWeekday,
  type LocalDate,
} from "@/lib/time/rules";
import { type Sentence, day, sentence } from "@/lib/i18n/sentence";

export type Cadence =
  { kind: "daily"; weekdays: readonly number[] } | { kind: "weekly"; timesPerWeek: number };

export type StreakInput = {
  cadence: Cadence;
  startDate: LocalDate;
  today: LocalDate;
  /** Logged dates with their count (1 for a daily habit). */
  logs: ReadonlyMap<LocalDate, number>;
  /** Paused or excused dates (habit pauses, kid-wide pauses and single excused days together). */
  excused: ReadonlySet<LocalDate>;
  /** The ISO weekday the family's weeks start on (1 Monday … 7 Sunday); Monday when absent. */
  weekStart?: number;
  /** A measured habit's goal per period, in its unit (the logs' counts are amounts). */
  goal?: number | null;
};

export type Streak = { current: number; longest: number };

type Unit = "met" | "missed" | "skipped";

function* dates(from: LocalDate, to: LocalDate) {
  for (let date = from; date <= to; date = addDays(date, 1)) yield date;
}

/** The first day of the family's week that `date` is in. */
export function weekStartOf(date: LocalDate, weekStart = 1): LocalDate {
  return addDays(date, -dayOfWeek(date, weekStart));
}

function dailyUnits(input: StreakInput, weekdays: readonly number[]): Unit[] {
  const units: Unit[] = [];
  for (const date of dates(input.startDate, input.today)) {
    if (!weekdays.includes(isoWeekday(date))) continue;
    if ((input.logs.get(date) ?? 0) >= (input.goal ?? 1)) units.push("met");
    else if (input.excused.has(date) || date === input.today) units.push("skipped");
    else units.push("missed");
  }
  return units;
}

function weeklyUnits(input: StreakInput, timesPerWeek: number): Unit[] {
  const units: Unit[] = [];
  const first = weekStartOf(input.startDate, input.weekStart);
  for (let week = first; week <= input.today; week = addDays(week, 7)) {
    let logged = 0;
    let available = 0;
    for (let offset = 0; offset < 7; offset++) {
      const date = addDays(week, offset);
      if (date < input.startDate) continue;
      logged += input.logs.get(date) ?? 0;
      if (!input.excused.has(date)) available++;
    }
    const target = input.goal
      ? Math.ceil((input.goal * available) / 7)
      : Math.min(timesPerWeek, available);
    const running = addDays(week, 6) >= input.today;
    if (logged > 0 && logged >= target) units.push("met");
    else if (target === 0 || running) units.push("skipped");
    else units.push("missed");
  }
  return units;
}

/** Current and longest streak, in due days (daily) or weeks (N per week). */
export function streakOf(input: StreakInput): Streak {
  if (input.today < input.startDate) return { current: 0, longest: 0 };
  const units =
    input.cadence.kind === "daily"
      ? dailyUnits(input, input.cadence.weekdays)
      : weeklyUnits(input, input.cadence.timesPerWeek);
  let run = 0;
  let longest = 0;
  for (const unit of units) {
    if (unit === "met") longest = Math.max(longest, ++run);
    else if (unit === "missed") run = 0;
  }
  return { current: run, longest };
}

/** Pause ranges and excused days as one set of dates, clipped to [from, to]. */
export function excusedDates(
  ranges: readonly { startDate: LocalDate; endDate: LocalDate }[],
  from: LocalDate,
  to: LocalDate,
): Set<LocalDate> {
  const excused = new Set<LocalDate>();
  for (const range of ranges) {
    const start = range.startDate > from ? range.startDate : from;
    const end = range.endDate < to ? range.endDate : to;
    for (const date of dates(start, end)) excused.add(date);
  }
  return excused;
}

// ── when a log may be written ─────────────────────────────────────────────────────────────────────

/**
 * Why a habit cannot be logged on `date`, in words a parent understands, or null when it can: only
 * on today or up to BACKFILL_DAYS back, from the habit's start date, and for a daily habit only on
 * its weekdays (an N-per-week habit may be done any day). The same for every way in.
 */
export function habitLogRefusal(input: {
  date: LocalDate;
  today: LocalDate;
  habit: { name: string; cadence: Cadence; startDate: LocalDate };
}): Sentence | null {
  const { date, today, habit } = input;
  if (!isWithinBackfill(date, today))
    return sentence(
      "Habits can be logged for today ({today}) and up to {days, plural, one {# day} other {# days}} back, not for {day}.",
      { today: day(today), days: BACKFILL_DAYS, day: day(date) },
    );
  if (date < habit.startDate)
    return sentence("“{habit}” starts on {day}.", { habit: habit.name, day: day(habit.startDate) });
  if (habit.cadence.kind === "daily" && !habit.cadence.weekdays.includes(isoWeekday(date)))
    return sentence("“{habit}” is not planned on {weekday}.", {
      habit: habit.name,
      weekday: day(date, "weekdayLong"),
    });
  return null;
}
