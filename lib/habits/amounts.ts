import "server-only";
// Measured habits (issue 21): a kid logs an amount (a +5 tap, a timer's minutes) on a day. Each
// amount is a row with the tap's client event id (a retry adds nothing); the day's log holds their
// sum; the habit's points are earned once per period (day or family week) whose goal is met, and
// given back when an undo takes the period under it. One transaction, one lock per habit.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ConflictError, DomainError, IdempotencyKeyReusedError, NotFoundError } from "@/lib/errors";
import { findUndone, lockEvent, recordUndone } from "@/lib/events/undone";
import type { Prisma } from "@/lib/generated/prisma/client";
import { measuredFields, settleGoal, type MeasuredHabit } from "@/lib/habits/goal-points";
import { refuseUnloggable } from "@/lib/habits/loggable";
import { refreshStreak } from "@/lib/habits/streaks";
import { sentence } from "@/lib/i18n/sentence";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

type Tx = Prisma.TransactionClient;

/** Serialises the amounts of one habit: the sums and the goal's award see each other's writes. */
const lockHabit = (tx: Tx, habitId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"habit:" + habitId}, 0))`;

export type AmountResult = {
  amountId: string;
  created: boolean;
  undone?: boolean;
  date: LocalDate;
  amount: number;
  /** The day's log (their sum), null when nothing is left that day. */
  logId: string | null;
  /** The day's total and the goal's period total after it. */
  dayTotal: number;
  periodTotal: number;
  goalMet: boolean;
  streak: { current: number; longest: number };
};

/** A kid (or a parent, or the API) adds an amount to a measured habit on a day. */
export async function logAmount(
  familyId: string,
  habitId: string,
  input: {
    date: LocalDate;
    today: LocalDate;
    amount: number;
    clientEventId?: string;
    /** On the tablet a kid may only log their own habits. */
    memberId?: string;
  },
): Promise<AmountResult> {
  return db.$transaction(async (tx) => {
    const habit = await tx.habit.findFirst({
      where: { id: habitId, familyId, ...(input.memberId ? { memberId: input.memberId } : {}) },
      select: measuredFields,
    });
    if (!habit) throw new NotFoundError("That habit");
    if (input.clientEventId) {
      const replay = await replayedAmount(tx, familyId, habit, input.clientEventId, input.today);
      if (replay) return replay;
    }
    refuseUnloggable(habit, input);
    if (!habit.unit)
      throw new DomainError(
        sentence("“{habit}” is done or not: it has no amount to add.", { habit: habit.name }),
      );
    await lockHabit(tx, habitId);
    const row = await tx.habitAmount.create({
      data: {
        familyId,
        habitId,
        localDate: toDbDate(input.date),
        amount: input.amount,
        clientEventId: input.clientEventId ?? null,
      },
      select: { id: true },
    });
    await tx.$executeRaw`
      INSERT INTO habit_logs (id, "familyId", "habitId", "localDate", count, "createdAt", "updatedAt")
      VALUES (gen_random_uuid(), ${familyId}::uuid, ${habitId}::uuid, ${input.date}::date, ${input.amount}, now(), now())
      ON CONFLICT ("habitId", "localDate")
      DO UPDATE SET count = habit_logs.count + EXCLUDED.count, "updatedAt" = now()`;
    return {
      amountId: row.id,
      created: true,
      date: input.date,
      amount: input.amount,
      ...(await afterChange(tx, familyId, habit, input.date, input.today)),
    };
  });
}

async function afterChange(
  tx: Tx,
  familyId: string,
  habit: MeasuredHabit,
  date: LocalDate,
  today: LocalDate,
) {
  const goal = await settleGoal(tx, familyId, habit, date);
  const day = await tx.habitLog.findUnique({
    where: { habitId_localDate: { habitId: habit.id, localDate: toDbDate(date) } },
    select: { id: true, count: true },
  });
  const streak = await refreshStreak(tx, familyId, habit.id, today);
  return {
    logId: day?.id ?? null,
    dayTotal: day?.count ?? 0,
    periodTotal: goal.total,
    goalMet: goal.met,
    streak,
  };
}

/**
 * An amount's client event id seen before: the same habit answers what it adds up to now (or
 * "undone"); another habit, or another kind of tap, is a reused key. Null for a new key.
 */
async function replayedAmount(
  tx: Tx,
  familyId: string,
  habit: MeasuredHabit,
  clientEventId: string,
  today: LocalDate,
): Promise<AmountResult | null> {
  await lockEvent(tx, familyId, clientEventId);
  const stored = await tx.habitAmount.findFirst({
    where: { familyId, clientEventId },
    select: { id: true, habitId: true, localDate: true, amount: true },
  });
  const undone = stored ? null : await findUndone(familyId, clientEventId, tx);
  if (!stored && !undone) return null;
  const sameHabit = stored
    ? stored.habitId === habit.id
    : undone!.kind === "habit_amount" && undone!.subjectId === habit.id;
  if (!sameHabit) throw new IdempotencyKeyReusedError("habit amount");
  const date = stored ? fromDbDate(stored.localDate) : undone!.date;
  return {
    amountId: stored?.id ?? undone!.recordId,
    created: false,
    ...(stored ? {} : { undone: true }),
    date,
    amount: stored?.amount ?? 0,
    ...(await afterChange(tx, familyId, habit, date, today)),
  };
}

/** Undo of one amount: the day's sum goes down (the log goes at zero), the goal is settled again. */
export async function undoAmount(
  familyId: string,
  amountId: string,
  today: LocalDate,
  options: { memberId?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const row = await tx.habitAmount.findFirst({
      where: {
        id: amountId,
        familyId,
        ...(options.memberId ? { habit: { memberId: options.memberId } } : {}),
      },
      select: { id: true, habitId: true, localDate: true, amount: true, clientEventId: true },
    });
    if (!row) throw new NotFoundError("That amount");
    const habit = await tx.habit.findFirstOrThrow({
      where: { id: row.habitId, familyId },
      select: measuredFields,
    });
    if (habit.archivedAt)
      throw new ConflictError(
        sentence("“{habit}” is archived. Restore it before changing its logs.", {
          habit: habit.name,
        }),
      );
    if (row.clientEventId) await lockEvent(tx, familyId, row.clientEventId);
    await lockHabit(tx, row.habitId);
    const { count } = await tx.habitAmount.deleteMany({ where: { id: row.id, familyId } });
    if (count === 0) throw new NotFoundError("That amount");
    // The day's log goes with its last amount (a log always counts at least 1).
    await tx.habitLog.deleteMany({
      where: {
        habitId: row.habitId,
        familyId,
        localDate: row.localDate,
        count: { lte: row.amount },
      },
    });
    await tx.$executeRaw`
      UPDATE habit_logs SET count = count - ${row.amount}, "updatedAt" = now()
      WHERE "habitId" = ${row.habitId}::uuid AND "familyId" = ${familyId}::uuid AND "localDate" = ${row.localDate}`;
    const date = fromDbDate(row.localDate);
    if (row.clientEventId)
      await recordUndone(tx, familyId, row.clientEventId, {
        kind: "habit_amount",
        recordId: row.id,
        memberId: habit.memberId,
        subjectId: habit.id,
        date,
      });
    return {
      amountId: row.id,
      date,
      amount: row.amount,
      ...(await afterChange(tx, familyId, habit, date, today)),
    };
  });
}

/**
 * Undo of an amount named by the client event id of the tap that made it (the tablet knows it
 * before the amount reached the server). Not here (yet): the undo is recorded anyway, so the
 * amount can never arrive later and count (decision 014). Already undone: nothing to do.
 */
export async function undoAmountByEvent(
  familyId: string,
  kidId: string,
  habitId: string,
  eventId: string,
  date: LocalDate,
  today: LocalDate,
) {
  const amountId = await db.$transaction(async (tx) => {
    await lockEvent(tx, familyId, eventId);
    const row = await tx.habitAmount.findFirst({
      where: { familyId, clientEventId: eventId, habitId, habit: { memberId: kidId } },
      select: { id: true },
    });
    if (row) return row.id;
    await recordUndone(tx, familyId, eventId, {
      kind: "habit_amount",
      recordId: randomUUID(),
      memberId: kidId,
      subjectId: habitId,
      date,
    });
    return null;
  });
  if (!amountId) return;
  try {
    await undoAmount(familyId, amountId, today, { memberId: kidId });
  } catch (error) {
    // Undone meanwhile by a retry of this same undo: the outcome asked for.
    if (!(error instanceof NotFoundError)) throw error;
  }
}

/**
 * Undo of a whole day of a measured habit (a parent's undo of the day's log): its amounts go with
 * it, and the goal is settled again. Inside the undo's transaction, after the log is deleted.
 */
export async function clearDayAmounts(tx: Tx, familyId: string, habitId: string, date: LocalDate) {
  const habit = await tx.habit.findFirstOrThrow({
    where: { id: habitId, familyId },
    select: measuredFields,
  });
  if (!habit.unit) return;
  await lockHabit(tx, habitId);
  await tx.habitAmount.deleteMany({ where: { familyId, habitId, localDate: toDbDate(date) } });
  await settleGoal(tx, familyId, habit, date);
}
