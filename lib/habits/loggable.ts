import "server-only";
// What logging a habit on a day asks of the habit, for a done-or-not log (lib/habits/logs.ts) and
// a measured amount (lib/habits/amounts.ts) alike: the same rules for the tablet, a parent and the
// API (lib/habits/rules.ts).
import { ConflictError, RuleViolationError } from "@/lib/errors";
import { habitLogRefusal } from "@/lib/habits/rules";
import { cadenceOf } from "@/lib/habits/streaks";
import { sentence } from "@/lib/i18n/sentence";
import { fromDbDate, type LocalDate } from "@/lib/time/rules";

/** The habit's columns the rules read. */
export const loggableFields = {
  id: true,
  memberId: true,
  name: true,
  points: true,
  archivedAt: true,
  cadence: true,
  weekdays: true,
  timesPerWeek: true,
  startDate: true,
} as const;

type Loggable = {
  name: string;
  archivedAt: Date | null;
  cadence: "DAILY" | "WEEKLY";
  weekdays: number[];
  timesPerWeek: number | null;
  startDate: Date;
};

/** Throws why this habit cannot be logged on `date` (archived, not due, out of range), if it cannot. */
export function refuseUnloggable(habit: Loggable, input: { date: LocalDate; today: LocalDate }) {
  if (habit.archivedAt)
    throw new ConflictError(
      sentence("“{habit}” is archived. Restore it before logging it.", { habit: habit.name }),
    );
  const refusal = habitLogRefusal({
    date: input.date,
    today: input.today,
    habit: { name: habit.name, cadence: cadenceOf(habit), startDate: fromDbDate(habit.startDate) },
  });
  if (refusal) throw new RuleViolationError(refusal);
}
