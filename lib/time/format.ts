// Dates as people read them (issue 17): one format everywhere in the UI, never ISO. A local date
// is a calendar day ("2026-11-27"), formatted as that day whatever the viewer's zone. The locale
// is English for now; issue 18 makes it each family's.
import type { LocalDate } from "@/lib/time/rules";

const LOCALE = "en";
const at = (date: LocalDate) => new Date(`${date}T00:00:00Z`);

const FORMATS = {
  /** "Fri, Nov 27": lists of days. */
  short: new Intl.DateTimeFormat(LOCALE, {
    weekday: "short",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }),
  /** "Friday, Nov 27": a day on its own. */
  long: new Intl.DateTimeFormat(LOCALE, {
    weekday: "long",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }),
  /** "Nov": the heatmap's month labels. */
  month: new Intl.DateTimeFormat(LOCALE, { month: "short", timeZone: "UTC" }),
};

export function formatDay(date: LocalDate, style: keyof typeof FORMATS = "short") {
  return FORMATS[style].format(at(date));
}

/**
 * "Nov 30, 2026, 14:02": a moment (a version saved, a check corrected) in the family's zone, on
 * the 24-hour clock the routine editor uses (issue 18 makes the clock a family choice).
 */
export function formatMoment(moment: Date, timeZone: string, withDate = true) {
  return new Intl.DateTimeFormat(LOCALE, {
    ...(withDate ? { dateStyle: "medium" as const } : {}),
    timeStyle: "short",
    hourCycle: "h23",
    timeZone,
  }).format(moment);
}
