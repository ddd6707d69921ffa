// Pool chores (issue 21), as pure functions: a routine offered to every kid it is for, done by the
// first who takes it that day.
//
// - Until a kid takes it, every kid of it who is home that day is offered it.
// - A kid takes it with their first check of it that day (check_item() claims it in the same
//   statement, the day unique: of two tablets at once, one gets it). From then on only that kid is
//   offered it, can check it and earns its points.
// - Undoing that kid's last check of it that day gives it back to everyone.
// - A claim of a kid no longer of it (unassigned, archived) is ignored.
//
// routine_doers() in SQL (migration pool_chores) says the same: pool.integration.test.ts.
import type { LocalDate } from "@/lib/time/rules";

/** Who may do a pool chore on `date`: the kid who took it, else every kid of it who is home. */
export function poolDoers(
  kids: readonly string[],
  date: LocalDate,
  isAway: (kidId: string, date: LocalDate) => boolean,
  takenBy: string | null = null,
): string[] {
  if (takenBy && kids.includes(takenBy)) return [takenBy];
  return kids.filter((kid) => !isAway(kid, date));
}

type PoolRoutine = { id: string; pool: "free" | "mine" | null; endMinute: number };

/**
 * The pool chores of today nobody took although their window is over, once each, from every
 * kid's day (a free one is on the day of every kid who is home): what the parents' Today page
 * shows them.
 */
export function untakenAfterWindow<R extends PoolRoutine>(
  days: readonly (readonly R[])[],
  nowMinute: number,
): R[] {
  const untaken = new Map<string, R>();
  for (const routine of days.flat())
    if (routine.pool === "free" && routine.endMinute <= nowMinute && !untaken.has(routine.id))
      untaken.set(routine.id, routine);
  return [...untaken.values()];
}
