import "server-only";
// The stored streak of a habit, recomputed from its logs, pauses and the member's away days inside
// the transaction that changed them, so it can never drift from them (lib/habits/rules.ts says how
// it is counted; a day away counts as a paused day: issue 21).
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { awayDates } from "@/lib/away/rules";
import { excusedDates, streakOf, type Cadence } from "@/lib/habits/rules";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

type Tx = Prisma.TransactionClient;

export function cadenceOf(habit: {
  cadence: "DAILY" | "WEEKLY";
  weekdays: number[];
  timesPerWeek: number | null;
}): Cadence {
  return habit.cadence === "DAILY"
    ? { kind: "daily", weekdays: habit.weekdays }
    : { kind: "weekly", timesPerWeek: habit.timesPerWeek ?? 1 };
}

/**
 * Recomputes a habit's streak from its logs and pauses and stores it, inside the caller's
 * transaction: the stored streak can never drift from the logs.
 */
export async function refreshStreak(tx: Tx, familyId: string, habitId: string, today: LocalDate) {
  const habit = await tx.habit.findFirst({
    where: { id: habitId, familyId },
    select: {
      memberId: true,
      cadence: true,
      weekdays: true,
      timesPerWeek: true,
      startDate: true,
      target: true,
      family: { select: { weekStart: true } },
    },
  });
  if (!habit) throw new NotFoundError("That habit");
  const [logs, pauses, pattern, awayRanges] = await Promise.all([
    tx.habitLog.findMany({
      where: { habitId, familyId },
      select: { localDate: true, count: true },
    }),
    tx.habitPause.findMany({
      where: { familyId, OR: [{ habitId }, { memberId: habit.memberId }] },
      select: { startDate: true, endDate: true },
    }),
    tx.awayPattern.findFirst({
      where: { familyId, memberId: habit.memberId },
      select: { startDate: true, cycleDays: true, awayDays: true, place: true },
    }),
    tx.awayDay.findMany({
      where: { familyId, memberId: habit.memberId },
      select: { kind: true, startDate: true, endDate: true, place: true },
    }),
  ]);
  const startDate = fromDbDate(habit.startDate);
  const cadence = cadenceOf(habit);
  const excused = excusedDates(
    pauses.map((p) => ({ startDate: fromDbDate(p.startDate), endDate: fromDbDate(p.endDate) })),
    startDate,
    today,
  );
  const calendar = {
    pattern: pattern && { ...pattern, startDate: fromDbDate(pattern.startDate) },
    days: awayRanges.map((r) => ({
      ...r,
      startDate: fromDbDate(r.startDate),
      endDate: fromDbDate(r.endDate),
    })),
  };
  for (const date of awayDates(calendar, startDate, today)) excused.add(date);
  const streak = streakOf({
    cadence,
    startDate,
    today,
    weekStart: habit.family.weekStart,
    goal: habit.target,
    logs: new Map(logs.map((log) => [fromDbDate(log.localDate), log.count])),
    excused,
  });
  await tx.habitStreak.upsert({
    where: { habitId_familyId: { habitId, familyId } },
    create: { familyId, habitId, ...streak, computedFor: toDbDate(today) },
    update: { ...streak, computedFor: toDbDate(today) },
  });
  return streak;
}

/**
 * "3 times a week" counts the family's weeks: another first day regroups every week, so a change
 * of the week start recomputes the stored streaks of N-per-week habits in its transaction.
 */
export async function refreshWeeklyStreaks(tx: Tx, familyId: string, today: LocalDate) {
  const weekly = await tx.habit.findMany({
    where: { familyId, cadence: "WEEKLY" },
    select: { id: true },
  });
  for (const habit of weekly) await refreshStreak(tx, familyId, habit.id, today);
}
