import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { awayGrid, daysBetween, type AwayCell, type Whereabouts } from "@/lib/away/rules";
import { formatDay } from "@/lib/time/format";
import type { LocalDate } from "@/lib/time/rules";

/**
 * "At Dad's until Sunday", in the reader's language: the weekday within the coming week, a date
 * beyond it, "today" for a single day and "for a while" past the horizon.
 */
export async function whereaboutsWords(): Promise<(away: Whereabouts, today: LocalDate) => string> {
  const [t, locale] = await Promise.all([getTranslations("away.line"), getLocale()]);
  return (away, today) => {
    const until = !away.until
      ? "later"
      : away.until === today
        ? "today"
        : formatDay(
            away.until,
            daysBetween(today, away.until) < 7 ? "weekdayLong" : "long",
            locale,
          );
    return away.place ? t("at", { place: away.place, until }) : t("noPlace", { until });
  };
}

/** A kid's calendar grid (lib/away/rules.ts awayGrid()) as the cells AwayWeeks draws. */
export async function awayCells(): Promise<
  (grid: ReturnType<typeof awayGrid>, today: LocalDate) => AwayCell[][]
> {
  const [t, locale] = await Promise.all([getTranslations("away"), getLocale()]);
  return (grid, today) =>
    grid.map((week) =>
      week.map(({ date, away }) => {
        const day = formatDay(date, "long", locale);
        return {
          date,
          day: formatDay(date, "dayOfMonth", locale),
          label: !away
            ? t("cellHome", { day })
            : away.place
              ? t("cellAway", { day, place: away.place })
              : t("cellAwayNoPlace", { day }),
          away: away !== null,
          today: date === today,
        };
      }),
    );
}
