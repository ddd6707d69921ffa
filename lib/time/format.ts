// Dates and times as people read them (issues 17 and 18): one format everywhere in the UI, never
// ISO, in the reader's language. A local date is a calendar day ("2026-11-27"), formatted as that
// day whatever the viewer's zone. Callers pass the page's locale (useLocale() / getLocale());
// English when they do not.
import type { LocalDate } from "@/lib/time/rules";

const at = (date: LocalDate) => new Date(`${date}T00:00:00Z`);

const OPTIONS = {
  /** "Fri, Nov 27": lists of days. */
  short: { weekday: "short", month: "short", day: "numeric" },
  /** "Friday, Nov 27": a day on its own. */
  long: { weekday: "long", month: "short", day: "numeric" },
  /** "Nov 27": a chart's column under a narrow bar. */
  monthDay: { month: "short", day: "numeric" },
  /** "Nov": the heatmap's month labels. */
  month: { month: "short" },
  /** "Fri": a weekday on its own. */
  weekday: { weekday: "short" },
  /** "Friday". */
  weekdayLong: { weekday: "long" },
  /** "27": a calendar's cell. */
  dayOfMonth: { day: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// The tests' pseudo-language (lib/i18n/pseudo.ts): English formats, marked as translated, so a
// date made by hand instead of here still stands out as plain English (e2e/pseudo.spec.ts).
const PSEUDO = "en-XA";

// Intl.DateTimeFormat is costly to make: one per locale and style, kept.
const formats = new Map<string, { format: (date: Date) => string }>();
function formatter(locale: string, key: string, options: Intl.DateTimeFormatOptions) {
  const id = `${locale}|${key}`;
  let format = formats.get(id);
  if (!format) {
    const intl = new Intl.DateTimeFormat(locale === PSEUDO ? "en" : locale, options);
    format = locale === PSEUDO ? { format: (date: Date) => `⟦${intl.format(date)}⟧` } : intl;
    formats.set(id, format);
  }
  return format;
}

export function formatDay(date: LocalDate, style: keyof typeof OPTIONS = "short", locale = "en") {
  return formatter(locale, style, { ...OPTIONS[style], timeZone: "UTC" }).format(at(date));
}

/** The family's clock (issue 18): 24 hours ("19:30") or 12 ("7:30 PM"). */
export type ClockSetting = "H24" | "H12";

/**
 * "Nov 30, 2026, 14:02": a moment (a version saved, a check corrected) in the family's zone, on
 * the family's clock.
 */
export function formatMoment(
  moment: Date,
  timeZone: string,
  withDate = true,
  locale = "en",
  clock: ClockSetting = "H24",
) {
  return formatter(locale, `moment|${timeZone}|${withDate}|${clock}`, {
    ...(withDate ? { dateStyle: "medium" as const } : {}),
    timeStyle: "short",
    hourCycle: clock === "H24" ? "h23" : "h12",
    timeZone,
  }).format(moment);
}

/** A time of day in minutes after midnight (a routine's start): "07:30", or "7:30 AM" on H12. */
export function formatMinute(minute: number, locale = "en", clock: ClockSetting = "H24") {
  const moment = new Date(Date.UTC(2000, 0, 1, Math.floor(minute / 60), minute % 60));
  return formatter(locale, `minute|${clock}`, {
    hour: clock === "H24" ? "2-digit" : "numeric",
    minute: "2-digit",
    hourCycle: clock === "H24" ? "h23" : "h12",
    timeZone: "UTC",
  }).format(moment);
}

/** "Nov 30, 2026": the day of a moment (a token made, an invitation's end) in the family's zone. */
export function formatDate(moment: Date, timeZone: string, locale = "en") {
  return formatter(locale, `date|${timeZone}`, { dateStyle: "medium", timeZone }).format(moment);
}
