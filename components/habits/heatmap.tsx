"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { formatDay } from "@/lib/time/format";
import { dayOfWeek } from "@/lib/time/rules";

const CELL = 12;
const GAP = 3;

/**
 * 365 days as a calendar grid, a column per week (the family's first day of the week on top:
 * Monday, Saturday or Sunday; issue 18), darker where the habit was
 * done, months named above. It opens on the latest weeks: on a phone the year scrolls sideways,
 * and what was done lately is what a parent looks for (issue 17).
 */
export function Heatmap({
  days,
  weekStart = 1,
}: {
  days: { date: string; count: number }[];
  /** ISO weekday the family's weeks start on. */
  weekStart?: number;
}) {
  const t = useTranslations("habits.heatmap");
  const locale = useLocale();
  const strip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = strip.current;
    // The latest weeks are at the end: the right, or the left in a right-to-left language.
    if (el)
      el.scrollLeft = getComputedStyle(el).direction === "rtl" ? -el.scrollWidth : el.scrollWidth;
  }, []);
  const done = days.filter((d) => d.count > 0).length;
  // Pad the first column so every column starts on the family's first day of the week.
  const cells: ({ date: string; count: number } | null)[] = [
    ...Array.from({ length: dayOfWeek(days[0]!.date, weekStart) }, () => null),
    ...days,
  ];
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) =>
    cells.slice(w * 7, w * 7 + 7),
  );
  const monthOf = (week: (typeof cells)[number][]) => {
    const day = week.find((d) => d !== null);
    return day ? formatDay(day.date, "month", locale) : "";
  };
  const title = (day: { date: string; count: number }) => {
    const name = formatDay(day.date, "short", locale);
    if (day.count === 0) return t("notDone", { day: name });
    return day.count > 1
      ? t("doneTimes", { day: name, count: day.count })
      : t("done", { day: name });
  };
  return (
    <figure className="flex flex-col gap-2">
      {/* It scrolls on a phone: keyboard users reach it too (focus, then the arrow keys). */}
      <div
        ref={strip}
        tabIndex={0}
        role="group"
        aria-label={t("label")}
        className="overflow-x-auto pb-2"
      >
        <div
          role="img"
          aria-label={t("summary", { done, total: days.length })}
          className="grid grid-flow-col"
          style={{
            gap: GAP,
            gridTemplateRows: `16px repeat(7, ${CELL}px)`,
            gridAutoColumns: CELL,
          }}
        >
          {weeks.map((week, w) => {
            const month = monthOf(week);
            const newMonth = w === 0 || month !== monthOf(weeks[w - 1]!);
            return [
              <span
                key={`m-${w}`}
                aria-hidden
                className="text-[10px] leading-4 whitespace-nowrap text-ink-700"
              >
                {newMonth ? month : ""}
              </span>,
              ...Array.from({ length: 7 }, (_, d) => {
                const day = week[d];
                if (!day) return <span key={`${w}-${d}`} />;
                return (
                  <span
                    key={day.date}
                    title={title(day)}
                    className={`rounded-sm ${day.count === 0 ? "bg-stone-200" : day.count === 1 ? "bg-green-600" : "bg-green-800"}`}
                  />
                );
              }),
            ];
          })}
        </div>
      </div>
      <figcaption className="text-sm text-ink-700">{t("caption", { done })}</figcaption>
    </figure>
  );
}
