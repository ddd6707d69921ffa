// A measured habit's totals per family week next to its goal (issue 21): one bar per week, the
// goal as a line across, and each week in words for screen readers and for the exact numbers.
import type { WeekTotal } from "@/lib/habits/measure";

export function WeekTotals({
  weeks,
  goal,
  label,
  describe,
  goalLabel,
}: {
  weeks: (WeekTotal & { label: string })[];
  /** The goal for a week (a daily goal times its due days), in the habit's unit. */
  goal: number;
  label: string;
  /** "Week of Nov 23: 45 minutes" */
  describe: (week: WeekTotal & { label: string }) => string;
  goalLabel: string;
}) {
  const top = Math.max(goal, ...weeks.map((w) => w.total), 1);
  const goalAt = (goal / top) * 100;
  return (
    <figure className="flex flex-col gap-3">
      <div className="relative h-48" aria-hidden>
        <div
          className="absolute inset-x-0 border-t-4 border-dashed border-amber-500"
          style={{ bottom: `${goalAt}%` }}
        >
          <span className="absolute -top-7 end-0 rounded-full bg-amber-100 px-2 text-sm font-semibold text-amber-900">
            {goalLabel}
          </span>
        </div>
        <div className="flex h-full items-end gap-2">
          {weeks.map((week) => (
            <div key={week.weekStart} className="flex h-full flex-1 flex-col justify-end">
              <span className="text-center text-sm font-bold tabular-nums">{week.total}</span>
              <div
                className={`min-h-1 rounded-t-lg ${week.total >= goal ? "bg-leaf-600" : "bg-sky-500"}`}
                style={{ height: `${(week.total / top) * 100}%` }}
              />
            </div>
          ))}
        </div>
      </div>
      <div className="flex gap-2 text-xs text-ink-700" aria-hidden>
        {weeks.map((week) => (
          <span key={week.weekStart} className="flex-1 truncate text-center">
            {week.label}
          </span>
        ))}
      </div>
      <figcaption className="sr-only">{label}</figcaption>
      <ul className="sr-only">
        {weeks.map((week) => (
          <li key={week.weekStart}>{describe(week)}</li>
        ))}
      </ul>
    </figure>
  );
}
