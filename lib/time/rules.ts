// Calendar rules. A "local date" is a plain `YYYY-MM-DD` string in the family's own calendar:
// the date on the family's wall clock, shifted back by the hour its day starts (a family whose day
// starts at 04:00 is still on Monday at 02:30 on Tuesday). Pure functions, no I/O.
import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";

export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The family's local date at `instant`. */
export function localDateAt(instant: Date, timeZone: string, dayStartMinute = 0): LocalDate {
  const [date, hour, minute] = format(instant, "yyyy-MM-dd HH mm", { in: tz(timeZone) }).split(" ");
  const minuteOfDay = Number(hour) * 60 + Number(minute);
  return minuteOfDay < dayStartMinute ? addDays(date as LocalDate, -1) : (date as LocalDate);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const utc = toDbDate(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromDbDate(utc);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = toDbDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * How many days into its week a date is, for a family whose weeks start on `weekStart` (an ISO
 * weekday: 1 Monday, 6 Saturday, 7 Sunday): 0 on the first day, 6 on the last (issue 18).
 */
export function dayOfWeek(date: LocalDate, weekStart: number): number {
  return (isoWeekday(date) - weekStart + 7) % 7;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minuteOfDay` on `date`. In a DST gap
 * the clock skips that minute and the result is the first instant after it.
 */
export function instantAt(date: LocalDate, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(
    new TZDate(y, m - 1, d, Math.floor(minuteOfDay / 60), minuteOfDay % 60, timeZone).getTime(),
  );
}

/** Postgres `date` columns arrive from Prisma as a Date at UTC midnight. */
export function toDbDate(date: LocalDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

/** "07:30" ↔ 450. */
export function formatMinuteOfDay(minute: number): string {
  const h = Math.floor(minute / 60);
  return `${String(h).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** Minutes since local midnight on the family's wall clock at `instant`. */
export function localMinuteAt(instant: Date, timeZone: string): number {
  const [hour, minute] = format(instant, "HH mm", { in: tz(timeZone) })
    .split(" ")
    .map(Number);
  return hour! * 60 + minute!;
}

/** How far back a parent (or the API) may record a check or a habit log. */
export const BACKFILL_DAYS = 7;

/** Today or up to BACKFILL_DAYS before it: never the future, never rewriting old history. */
export function isWithinBackfill(date: LocalDate, today: LocalDate): boolean {
  return date <= today && date >= addDays(today, -BACKFILL_DAYS);
}
