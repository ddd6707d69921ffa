// Dates for tests, always relative to the day the test runs: a test that names a fixed date
// compares it with rows created "now" and turns red on some later day (it did on 2026-11-28).
import { addDays, isoWeekday, localDateAt, localMinuteAt, type LocalDate } from "@/lib/time/rules";

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

const ZONES = [
  "Pacific/Honolulu",
  "America/Los_Angeles",
  "America/New_York",
  "America/Sao_Paulo",
  "UTC",
  "Europe/Stockholm",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Bangkok",
  "Asia/Tokyo",
  "Pacific/Auckland",
] as const;

/**
 * A time zone where it is around midday now. A test whose family lives there can compare "today"
 * before and after its requests without the day rolling over under it (a contract test running
 * at 23:59 in Stockholm failed on 2026-11-29).
 */
export function zoneAtMidday(now: Date = new Date()): string {
  const distance = (zone: string) => Math.abs(localMinuteAt(now, zone) - 12 * 60);
  return [...ZONES].sort((a, b) => distance(a) - distance(b))[0]!;
}
