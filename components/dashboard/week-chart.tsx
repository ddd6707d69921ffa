import type { WeekDay } from "@/lib/dashboard/queries";
import { isoWeekday } from "@/lib/time/rules";
import { WEEKDAY_NAMES } from "@/lib/routines/rules";

const HEIGHT = 72;
const COLUMN = 36;

/**
 * A kid's last 7 days as a small SVG chart: a bar per day for routines completed and one for the
 * share of habits done. The same numbers are in a visually hidden table for screen readers.
 */
export function WeekChart({ name, days }: { name: string; days: WeekDay[] }) {
  const most = Math.max(1, ...days.map((d) => d.routines));
  const width = COLUMN * days.length;
  return (
    <figure className="flex flex-col gap-1">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + 18}`}
        className="h-auto w-full max-w-xs"
        role="img"
        aria-label={`${name}'s last 7 days`}
      >
        {days.map((day, i) => {
          const routineHeight = (day.routines / most) * HEIGHT;
          const habitShare = day.habitsDue ? day.habitsDone / day.habitsDue : 0;
          const x = i * COLUMN + 6;
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
              >
                {WEEKDAY_NAMES[isoWeekday(day.date) - 1]!.slice(0, 2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="flex gap-3 text-xs text-ink-700">
        <span>
          <span aria-hidden className="mr-1 inline-block size-2.5 rounded-sm bg-sky-600" />
          routines done
        </span>
        <span>
          <span aria-hidden className="mr-1 inline-block size-2.5 rounded-sm bg-amber-500" />
          habits done
        </span>
      </figcaption>
      {/* A wrapper clips the table: a table ignores the 1px width of sr-only itself. */}
      <div className="sr-only">
        <table>
          <caption>Last 7 days</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Routines done</th>
              <th scope="col">Habits done</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{day.date}</th>
                <td>{day.routines}</td>
                <td>
                  {day.habitsDone} of {day.habitsDue}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
