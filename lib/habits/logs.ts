// A habit's logs: logging a day (once per habit and day, with its amount and its points) and
// undoing it. Each is one transaction that also keeps the habit's streak and the kid's points.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError, IdempotencyKeyReusedError, NotFoundError } from "@/lib/errors";
import { findUndone, lockEvent, recordUndone } from "@/lib/events/undone";
import { clearDayAmounts, logAmount } from "@/lib/habits/amounts";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loggableFields, refuseUnloggable } from "@/lib/habits/loggable";
import { sentence } from "@/lib/i18n/sentence";
import { refreshStreak } from "@/lib/habits/streaks";
import { awardHabitLog, reverseAward } from "@/lib/points/queries";
import { habitAwardKey } from "@/lib/points/rules";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

/** Logs a habit on a local date: one log per habit and day, a repeat changes nothing. */
export async function logHabit(
  familyId: string,
  habitId: string,
  input: {
    date: LocalDate;
    today: LocalDate;
    count?: number;
    note?: string;
    clientEventId?: string;
    /** On the tablet a kid may only log their own habits. */
    memberId?: string;
  },
) {
  // A measured habit adds the count as an amount (lib/habits/amounts.ts), from every door.
  const measured = await db.habit.findFirst({
    where: { id: habitId, familyId },
    select: { unit: true },
  });
  if (measured?.unit) {
    const added = await logAmount(familyId, habitId, { ...input, amount: input.count ?? 1 });
    return {
      logId: added.logId ?? added.amountId,
      created: added.created,
      ...(added.undone ? { undone: true } : {}),
      log: {
        id: added.logId ?? added.amountId,
        habitId,
        date: added.date,
        count: added.dayTotal,
        note: null,
      },
      streak: added.streak,
    };
  }
  return db.$transaction(async (tx) => {
    if (input.clientEventId) {
      const replay = await replayedLog(tx, familyId, habitId, input.clientEventId, input.today);
      if (replay) return replay;
    }
    const habit = await tx.habit.findFirst({
      where: { id: habitId, familyId, ...(input.memberId ? { memberId: input.memberId } : {}) },
      select: loggableFields,
    });
    if (!habit) throw new NotFoundError("That habit");
    refuseUnloggable(habit, input);
    const { count: created } = await tx.habitLog.createMany({
      data: [
        {
          familyId,
          habitId,
          localDate: toDbDate(input.date),
          count: input.count ?? 1,
          note: input.note ?? null,
          clientEventId: input.clientEventId ?? null,
        },
      ],
      skipDuplicates: true,
    });
    const log = await tx.habitLog.findUniqueOrThrow({
      where: { habitId_localDate: { habitId, localDate: toDbDate(input.date) } },
      select: { id: true, localDate: true, count: true, note: true },
    });
    if (created > 0) await awardHabitLog(tx, familyId, habit, log.id);
    const streak = await refreshStreak(tx, familyId, habitId, input.today);
    return {
      logId: log.id,
      created: created > 0,
      log: {
        id: log.id,
        habitId,
        date: fromDbDate(log.localDate),
        count: log.count,
        note: log.note,
      },
      streak,
    };
  });
}

/**
 * A log's client event id seen before: the same habit answers what the first request did (also
 * after the family's day rolled over, and "undone" when the log was undone since); another habit is
 * a reused key. Null for a new key. Under the event's lock, so an undo cannot slip in between.
 */
async function replayedLog(
  tx: Prisma.TransactionClient,
  familyId: string,
  habitId: string,
  clientEventId: string,
  today: LocalDate,
) {
  await lockEvent(tx, familyId, clientEventId);
  const stored = await tx.habitLog.findFirst({
    where: { familyId, clientEventId },
    select: { id: true, habitId: true, localDate: true, count: true, note: true },
  });
  const undone = stored ? null : await findUndone(familyId, clientEventId, tx);
  if (!stored && !undone) return null;
  const sameHabit = stored
    ? stored.habitId === habitId
    : undone!.kind === "habit_log" && undone!.subjectId === habitId;
  if (!sameHabit) throw new IdempotencyKeyReusedError("habit log");
  const streak = await refreshStreak(tx, familyId, habitId, today);
  const log = stored
    ? {
        id: stored.id,
        habitId,
        date: fromDbDate(stored.localDate),
        count: stored.count,
        note: stored.note,
      }
    : { id: undone!.recordId, habitId, date: undone!.date, count: 0, note: null };
  return { logId: log.id, created: false, undone: !stored, log, streak };
}

/** Undo a log; the streak goes back to what the remaining logs say. */
export async function undoHabitLog(familyId: string, logId: string, today: LocalDate) {
  return db.$transaction(async (tx) => {
    const log = await tx.habitLog.findFirst({
      where: { id: logId, familyId },
      select: {
        id: true,
        habitId: true,
        localDate: true,
        count: true,
        note: true,
        clientEventId: true,
        habit: { select: { memberId: true, name: true, archivedAt: true } },
      },
    });
    if (!log) throw new NotFoundError("That log");
    if (log.habit.archivedAt)
      throw new ConflictError(
        sentence("“{habit}” is archived. Restore it before changing its logs.", {
          habit: log.habit.name,
        }),
      );
    if (log.clientEventId) await lockEvent(tx, familyId, log.clientEventId);
    // deleteMany: a second undo racing this one removes nothing and says "not found".
    const { count } = await tx.habitLog.deleteMany({ where: { id: logId, familyId } });
    if (count === 0) throw new NotFoundError("That log");
    // A late retry of the tap that made this log must not log it again.
    if (log.clientEventId)
      await recordUndone(tx, familyId, log.clientEventId, {
        kind: "habit_log",
        recordId: log.id,
        memberId: log.habit.memberId,
        subjectId: log.habitId,
        date: fromDbDate(log.localDate),
      });
    await reverseAward(tx, familyId, habitAwardKey(logId));
    // A measured habit's day goes with its amounts, and its goal's points if it falls under it.
    await clearDayAmounts(tx, familyId, log.habitId, fromDbDate(log.localDate));
    const streak = await refreshStreak(tx, familyId, log.habitId, today);
    const { clientEventId: _key, habit: _habit, ...removed } = log;
    return { log: { ...removed, date: fromDbDate(removed.localDate) }, streak };
  });
}
