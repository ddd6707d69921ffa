import { useLocale, useTranslations } from "next-intl";
import type { WeekDay } from "@/lib/dashboard/queries";
import { formatDay } from "@/lib/time/format";

const HEIGHT = 72;
const COLUMN = 36;

/**
 * A kid's last 7 days as a small SVG chart: a bar per day for routines completed and one for the
 * share of habits done. The same numbers are in a visually hidden table for screen readers.
 */
export function WeekChart({ name, days }: { name: string; days: WeekDay[] }) {
  const t = useTranslations("dashboard.week");
  const locale = useLocale();
  const most = Math.max(1, ...days.map((d) => d.routines));
  const width = COLUMN * days.length;
  return (
    <figure className="flex flex-col gap-1">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + 18}`}
        className="h-auto w-full max-w-xs"
        role="img"
        aria-label={t("label", { name })}
      >
        {days.map((day, i) => {
          const routineHeight = (day.routines / most) * HEIGHT;
          const habitShare = day.habitsDue ? day.habitsDone / day.habitsDue : 0;
          const x = i * COLUMN + 6;
          const weekday = formatDay(day.date, "weekday", locale);
          return (
            <g key={day.date}>
              <rect
                x={x}
                y={HEIGHT - routineHeight}
                width={11}
                height={routineHeight}
                rx={3}
                className="fill-sky-600"
              />
              <rect
                x={x + 13}
                y={HEIGHT - habitShare * HEIGHT}
                width={11}
                height={habitShare * HEIGHT}
                rx={3}
                className="fill-amber-500"
              />
              <line
                x1={x - 2}
                x2={x + 26}
                y1={HEIGHT + 0.5}
                y2={HEIGHT + 0.5}
                className="stroke-stone-300"
              />
              <text
                x={x + 12}
                y={HEIGHT + 14}
                textAnchor="middle"
                className="fill-stone-700 text-[10px]"
                // A long name ("الثلاثاء") is squeezed into its column rather than overlap the next.
                {...(weekday.length > 4
                  ? { textLength: COLUMN - 6, lengthAdjust: "spacingAndGlyphs" }
                  : {})}
              >
                {weekday}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="flex gap-3 text-xs text-ink-700">
        <span>
          <span aria-hidden className="me-1 inline-block size-2.5 rounded-sm bg-sky-600" />
          {t("routinesDone")}
        </span>
        <span>
          <span aria-hidden className="me-1 inline-block size-2.5 rounded-sm bg-amber-500" />
          {t("habitsDone")}
        </span>
      </figcaption>
      {/* A wrapper clips the table: a table ignores the 1px width of sr-only itself. */}
      <div className="sr-only">
        <table>
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("day")}</th>
              <th scope="col">{t("routinesColumn")}</th>
              <th scope="col">{t("habitsColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatDay(day.date, "short", locale)}</th>
                <td>{day.routines}</td>
                <td>{t("habitsOf", { done: day.habitsDone, due: day.habitsDue })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
