// Where a kid is on a day (issue 21), as pure functions: a repeating away pattern (week A / week
// B, every other weekend, or any days of a 1–4 week cycle) and one-off ranges. The database says
// the same in member_away_on() (migration away_days), which the day view and check_item() use;
// away.integration.test.ts holds the two equal over random calendars.
//
// The rule, for one date:
// 1. a one-off HOME range covering it: at home (the weekend swapped, the trip cancelled);
// 2. else a one-off AWAY range covering it: away, at its place (or the pattern's);
// 3. else the pattern: away when the date is on or after its start and its offset in the cycle is
//    one of the away days.
import { addDays, dayOfWeek, type LocalDate } from "@/lib/time/rules";

export const CYCLE_DAYS = [7, 14, 21, 28] as const;
export const MAX_PLACE = 40;
/** One-off ranges a kid may have: enough for years of trips, not an unbounded table. */
export const MAX_AWAY_RANGES = 300;
/** How far "until Sunday" looks ahead; longer stays read "away for a while". */
export const WHEREABOUTS_HORIZON = 60;

export type AwayPatternRule = {
  startDate: LocalDate;
  cycleDays: number;
  awayDays: readonly number[];
  place: string;
};

export type AwayRange = {
  kind: "AWAY" | "HOME";
  startDate: LocalDate;
  endDate: LocalDate;
  place: string | null;
};

export type AwayCalendar = { pattern: AwayPatternRule | null; days: readonly AwayRange[] };

export const NO_AWAY: AwayCalendar = { pattern: null, days: [] };

const covers = (range: AwayRange, date: LocalDate) =>
  range.startDate <= date && date <= range.endDate;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Is the pattern's day `date` an away day? */
export function patternAwayOn(pattern: AwayPatternRule, date: LocalDate): boolean {
  if (date < pattern.startDate) return false;
  return pattern.awayDays.includes(daysBetween(pattern.startDate, date) % pattern.cycleDays);
}

/** Where the kid is on `date` when away (`place` null: just "away"), or null when at home. */
export function awayOn(calendar: AwayCalendar, date: LocalDate): { place: string | null } | null {
  if (calendar.days.some((range) => range.kind === "HOME" && covers(range, date))) return null;
  const trip = calendar.days.find((range) => range.kind === "AWAY" && covers(range, date));
  if (trip) return { place: trip.place ?? calendar.pattern?.place ?? null };
  if (calendar.pattern && patternAwayOn(calendar.pattern, date))
    return { place: calendar.pattern.place };
  return null;
}

/** The away dates in [from, to]: the days nothing is due and streaks pause. */
export function awayDates(calendar: AwayCalendar, from: LocalDate, to: LocalDate): Set<LocalDate> {
  const away = new Set<LocalDate>();
  if (!calendar.pattern && calendar.days.length === 0) return away;
  for (let date = from; date <= to; date = addDays(date, 1))
    if (awayOn(calendar, date)) away.add(date);
  return away;
}

export type Whereabouts = {
  place: string | null;
  /** The last day of this stay, or null when it runs past WHEREABOUTS_HORIZON. */
  until: LocalDate | null;
};

/** "At Dad's until Sunday": where the kid is today and until when, or null when at home. */
export function whereabouts(calendar: AwayCalendar, today: LocalDate): Whereabouts | null {
  const now = awayOn(calendar, today);
  if (!now) return null;
  let until = today;
  for (let ahead = 1; ahead <= WHEREABOUTS_HORIZON; ahead++) {
    const next = addDays(today, ahead);
    const there = awayOn(calendar, next);
    // A stay ends where the kid comes home, or moves on somewhere else.
    if (!there || there.place !== now.place) return { place: now.place, until };
    until = next;
  }
  return { place: now.place, until: null };
}

export type Preset = "alternateWeeks" | "alternateWeekends";

/**
 * The usual patterns, for a cycle that starts on the family's first day of the week: week on /
 * week off (away the second week), and every other weekend (away Saturday and Sunday of the first
 * week). Anything else is drawn by hand on the same grid.
 */
export function presetPattern(
  preset: Preset,
  weekStart: number,
): { cycleDays: number; awayDays: number[] } {
  if (preset === "alternateWeeks") return { cycleDays: 14, awayDays: [7, 8, 9, 10, 11, 12, 13] };
  // Saturday's place in the family's week; Sunday follows it (in the next week when weeks start
  // on Sunday, which a 14-day cycle still holds).
  const saturday = (6 - weekStart + 7) % 7;
  return { cycleDays: 14, awayDays: [saturday, saturday + 1] };
}

/** The first day of the family's week on or before `date`: where a pattern's grid starts. */
export function cycleStartFor(date: LocalDate, weekStart: number): LocalDate {
  return addDays(date, -dayOfWeek(date, weekStart));
}

/** `weeks` rows of 7 days from `start` with where the kid is each day: the pages' calendars. */
export function awayGrid(
  calendar: AwayCalendar,
  start: LocalDate,
  weeks: number,
): { date: LocalDate; away: { place: string | null } | null }[][] {
  return Array.from({ length: weeks }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => {
      const date = addDays(start, week * 7 + day);
      return { date, away: awayOn(calendar, date) };
    }),
  );
}

/** A day of a kid's calendar as the pages draw it (components/away/away-weeks.tsx). */
export type AwayCell = {
  date: LocalDate;
  /** The day of the month. */
  day: string;
  /** What a screen reader says: "Friday, Dec 4: at Dad's". */
  label: string;
  away: boolean;
  today: boolean;
};
