import type { AwayCell } from "@/lib/away/rules";

/**
 * A kid's next weeks at a glance: one row per family week, a house for each day away. Narrow
 * enough for a phone (seven cells of at least 2.5 rem).
 */
export function AwayWeeks({
  caption,
  weekdays,
  weeks,
}: {
  caption: string;
  weekdays: string[];
  weeks: AwayCell[][];
}) {
  return (
    <table className="w-full table-fixed border-separate border-spacing-1 text-center">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {weekdays.map((name) => (
            <th key={name} scope="col" className="text-xs font-semibold text-ink-700">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]!.date}>
            {week.map((cell) => (
              <td
                key={cell.date}
                aria-label={cell.label}
                className={`h-12 rounded-lg text-sm ${
                  cell.away ? "bg-sky-700 font-bold text-white" : "bg-stone-100"
                } ${cell.today ? "ring-2 ring-ink-900" : ""}`}
              >
                <span aria-hidden className="flex flex-col items-center leading-tight">
                  {cell.day}
                  <span>{cell.away ? "🏡" : ""}</span>
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
