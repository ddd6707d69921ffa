import "server-only";
// Habits, their logs and pauses as the API lists and reads them. Writes (logs, undos, pauses and
// the streaks they keep current) stay in lib/habits/queries.ts.
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDbDate, type LocalDate } from "@/lib/time/rules";

const apiHabitFields = {
  id: true,
  memberId: true,
  name: true,
  icon: true,
  cadence: true,
  weekdays: true,
  timesPerWeek: true,
  unit: true,
  target: true,
  startDate: true,
  points: true,
  archivedAt: true,
  createdAt: true,
} as const satisfies Prisma.HabitSelect;

/** The API's habit list: one page in creation order. */
export async function listHabitsPage(
  familyId: string,
  options: { archived: boolean; memberId?: string; limit: number; after: Prisma.HabitWhereInput },
) {
  return db.habit.findMany({
    where: {
      familyId,
      archivedAt: options.archived ? { not: null } : null,
      ...(options.memberId ? { memberId: options.memberId } : {}),
      ...options.after,
    },
    select: apiHabitFields,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit + 1,
  });
}

export async function findHabit(familyId: string, habitId: string) {
  const habit = await db.habit.findFirst({
    where: { id: habitId, familyId },
    select: apiHabitFields,
  });
  if (!habit) throw new NotFoundError("That habit");
  return habit;
}

/** A habit's logs, newest day first, optionally between two dates (inclusive). */
export async function habitLogsPage(
  familyId: string,
  habitId: string,
  options: { from?: LocalDate; to?: LocalDate; limit: number; before?: LocalDate },
) {
  await findHabit(familyId, habitId);
  return db.habitLog.findMany({
    where: {
      familyId,
      habitId,
      localDate: {
        ...(options.from ? { gte: toDbDate(options.from) } : {}),
        ...(options.to ? { lte: toDbDate(options.to) } : {}),
        ...(options.before ? { lt: toDbDate(options.before) } : {}),
      },
    },
    orderBy: { localDate: "desc" },
    take: options.limit + 1,
    select: { id: true, habitId: true, localDate: true, count: true, note: true, createdAt: true },
  });
}

/** The pauses that cover a habit: its own, and those of its member's every habit. */
export async function habitPauses(familyId: string, habitId: string) {
  const habit = await findHabit(familyId, habitId);
  return db.habitPause.findMany({
    where: { familyId, OR: [{ habitId }, { memberId: habit.memberId }] },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      startDate: true,
      endDate: true,
      reason: true,
      memberId: true,
      createdAt: true,
    },
  });
}
