// Measured habits (issue 21), as pure functions: what a habit counts, the buttons a kid logs it
// with, the exercise activities a parent picks from, and the totals per family week the parents'
// chart shows next to the goal.
import { weekStartOf } from "@/lib/habits/rules";
import { addDays, type LocalDate } from "@/lib/time/rules";

export const HABIT_UNITS = ["MINUTES", "TIMES", "PAGES", "GLASSES", "KM"] as const;
export type HabitUnit = (typeof HABIT_UNITS)[number];

/** The most one tap or one timer may add (a CHECK constraint says the same). */
export const MAX_AMOUNT = 1000;
/** The highest goal a parent may set. */
export const MAX_TARGET = 10_000;

/** The big buttons on the tablet: small steps for small units, the timer for minutes. */
export function quickSteps(unit: HabitUnit): number[] {
  return unit === "MINUTES" ? [5, 10] : unit === "PAGES" ? [1, 5, 10] : [1];
}

/**
 * Exercise activities with their pictures: picking one fills the habit's name and picture and
 * makes it count minutes. The keys name the words in messages ("habits.activities").
 */
export const ACTIVITIES = [
  { key: "cycling", icon: "🚴" },
  { key: "swimming", icon: "🏊" },
  { key: "running", icon: "🏃" },
  { key: "outside", icon: "🌳" },
  { key: "dancing", icon: "💃" },
  { key: "ball", icon: "⚽" },
  { key: "walking", icon: "🚶" },
  { key: "gymnastics", icon: "🤸" },
] as const;

/** Whole minutes a timer ran, at least 1 once started, at most MAX_AMOUNT. */
export function timerMinutes(startedAt: number, stoppedAt: number): number {
  const minutes = Math.round((stoppedAt - startedAt) / 60_000);
  return Math.min(MAX_AMOUNT, Math.max(1, minutes));
}

export type WeekTotal = { weekStart: LocalDate; total: number };

/**
 * The totals of the `weeks` family weeks ending with the one `today` is in, oldest first, from
 * the amounts per local date.
 */
export function weeklyTotals(
  amounts: ReadonlyMap<LocalDate, number>,
  today: LocalDate,
  weeks: number,
  weekStart = 1,
): WeekTotal[] {
  const last = weekStartOf(today, weekStart);
  return Array.from({ length: weeks }, (_, i) => {
    const start = addDays(last, -7 * (weeks - 1 - i));
    let total = 0;
    for (let d = 0; d < 7; d++) total += amounts.get(addDays(start, d)) ?? 0;
    return { weekStart: start, total };
  });
}

/** The period a measured habit's goal is for: the day, or the family week it falls in. */
export function goalPeriodOf(
  cadence: "DAILY" | "WEEKLY",
  date: LocalDate,
  weekStart = 1,
): { from: LocalDate; to: LocalDate } {
  if (cadence === "DAILY") return { from: date, to: date };
  const from = weekStartOf(date, weekStart);
  return { from, to: addDays(from, 6) };
}
