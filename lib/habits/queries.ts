// Habits themselves: making, changing and archiving one, and pausing them for days away. A
// habit's logs: lib/habits/logs.ts.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { findHabit } from "@/lib/habits/lists";
import type { habitSchema } from "@/lib/habits/schemas";
import { refreshStreak } from "@/lib/habits/streaks";
import { sentence } from "@/lib/i18n/sentence";
import { toDbDate, type LocalDate } from "@/lib/time/rules";
import type { z } from "zod";

/** Pause one habit, or every habit of a member, for a date range (or excuse a single day). */
export async function pauseHabits(
  familyId: string,
  input: {
    habitId?: string;
    memberId?: string;
    startDate: LocalDate;
    endDate: LocalDate;
    reason: string;
    today: LocalDate;
  },
) {
  return db.$transaction(async (tx) => {
    const habits = await tx.habit.findMany({
      where: {
        familyId,
        ...(input.habitId ? { id: input.habitId } : { memberId: input.memberId }),
      },
      select: { id: true },
    });
    if (habits.length === 0 && input.habitId) throw new NotFoundError("That habit");
    if (
      input.memberId &&
      !(await tx.familyMember.count({ where: { id: input.memberId, familyId } }))
    ) {
      throw new NotFoundError("That family member");
    }
    await tx.habitPause.create({
      data: {
        familyId,
        habitId: input.habitId ?? null,
        memberId: input.habitId ? null : (input.memberId ?? null),
        kind: input.startDate === input.endDate ? "EXCUSED" : "PAUSE",
        startDate: toDbDate(input.startDate),
        endDate: toDbDate(input.endDate),
        reason: input.reason,
      },
    });
    for (const habit of habits) await refreshStreak(tx, familyId, habit.id, input.today);
  });
}

export async function createHabit(familyId: string, input: z.output<typeof habitSchema>) {
  const member = await db.familyMember.count({
    where: { id: input.memberId, familyId, archivedAt: null },
  });
  if (!member)
    throw new DomainError("Pick someone of your family.", {
      memberId: ["Pick someone of your family."],
    });
  return db.habit.create({
    data: {
      familyId,
      memberId: input.memberId,
      name: input.name,
      icon: input.icon,
      cadence: input.cadence,
      weekdays: input.cadence === "DAILY" ? input.weekdays : [],
      timesPerWeek: input.cadence === "WEEKLY" && !input.unit ? input.timesPerWeek! : null,
      startDate: toDbDate(input.startDate),
      points: input.points,
      unit: input.unit ?? null,
      target: input.unit ? input.target! : null,
    },
    select: { id: true },
  });
}

export async function setHabitArchived(familyId: string, habitId: string, archived: boolean) {
  const { count } = await db.habit.updateMany({
    where: { id: habitId, familyId },
    data: { archivedAt: archived ? new Date() : null },
  });
  if (count === 0) throw new NotFoundError("That habit");
}

/** Name, picture and archived state; the schedule stays, so streak history keeps its meaning. */
export async function updateHabit(
  familyId: string,
  habitId: string,
  changes: { name?: string; icon?: string; points?: number; archived?: boolean },
) {
  // An archived habit is read-only history: only restoring it (archived: false) may change it,
  // and the same request may then edit it.
  const edits = [changes.name, changes.icon, changes.points].some((v) => v !== undefined);
  const restoring = changes.archived === false;
  const { count } = await db.habit.updateMany({
    where: { id: habitId, familyId, ...(edits && !restoring ? { archivedAt: null } : {}) },
    data: {
      name: changes.name,
      icon: changes.icon,
      points: changes.points,
      ...(changes.archived === undefined
        ? {}
        : { archivedAt: changes.archived ? new Date() : null }),
    },
  });
  if (count === 0) {
    const archived = await db.habit.findFirst({
      where: { id: habitId, familyId, archivedAt: { not: null } },
      select: { name: true },
    });
    if (archived)
      throw new ConflictError(
        sentence("“{habit}” is archived. Restore it before changing it.", { habit: archived.name }),
      );
    throw new NotFoundError("That habit");
  }
  return findHabit(familyId, habitId);
}
