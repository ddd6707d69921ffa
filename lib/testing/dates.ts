// Dates for tests, always relative to the day the test runs: a test that names a fixed date
// compares it with rows created "now" and turns red on some later day (it did on 2026-11-28).
import { addDays, isoWeekday, localDateAt, type LocalDate } from "@/lib/time/rules";

/** Today's date in UTC. */
export function todayUtc(now: Date = new Date()): LocalDate {
  return localDateAt(now, "UTC");
}

/**
 * The first date strictly after today (UTC) that falls on `weekday` (1 = Monday … 7 = Sunday).
 * "Strictly after" keeps it later than today in every time zone, so anything created now already
 * exists on that family-local day.
 */
export function nextWeekday(weekday: number, now: Date = new Date()): LocalDate {
  const tomorrow = addDays(todayUtc(now), 1);
  return addDays(tomorrow, (weekday - isoWeekday(tomorrow) + 7) % 7);
}
