// Who took a pool chore on each of the last two weeks' days (issue 21), newest first.
export type ClaimLine = {
  date: string;
  /** "Mon, Nov 30". */
  day: string;
  /** "Nora took it ✅", "Nobody took it", "Not planned". */
  who: string;
  today: boolean;
  /** Planned and nobody took it: worth the parent's eye. */
  untaken: boolean;
};

export function ClaimsPanel({ lines, label }: { lines: ClaimLine[]; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-1 sm:grid-cols-2">
      {lines.map((line) => (
        <li
          key={line.date}
          className={`flex flex-wrap justify-between gap-x-3 rounded-xl px-3 py-2 ${line.today ? "bg-sun-50 font-semibold" : line.untaken ? "bg-amber-50 text-amber-900" : "bg-stone-50"}`}
        >
          <span>{line.day}</span>
          <span>{line.who}</span>
        </li>
      ))}
    </ul>
  );
}
