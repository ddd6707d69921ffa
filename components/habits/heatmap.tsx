/** 365 days as a calendar grid, a column per week, darker where the habit was done. */
export function Heatmap({ days }: { days: { date: string; count: number }[] }) {
  const done = days.filter((d) => d.count > 0).length;
  // Pad the first column so every column starts on a Monday.
  const first = new Date(`${days[0]!.date}T00:00:00Z`).getUTCDay();
  const pad = (first + 6) % 7;
  return (
    <figure className="flex flex-col gap-2">
      <div
        role="img"
        aria-label={`Done on ${done} of the last ${days.length} days`}
        className="grid grid-flow-col grid-rows-7 gap-[3px] overflow-x-auto pb-2"
      >
        {Array.from({ length: pad }, (_, i) => (
          <span key={`pad-${i}`} className="size-3" />
        ))}
        {days.map((day) => (
          <span
            key={day.date}
            title={`${day.date}: ${day.count > 0 ? `done${day.count > 1 ? ` ×${day.count}` : ""}` : "not done"}`}
            className={`size-3 rounded-sm ${day.count === 0 ? "bg-stone-200" : day.count === 1 ? "bg-green-600" : "bg-green-800"}`}
          />
        ))}
      </div>
      <figcaption className="text-sm text-ink-700">Last 12 months · {done} days done</figcaption>
    </figure>
  );
}
