import "server-only";
// A measured habit's points (issue 21): earned once per period (day or family week) whose goal is
// met, given back when an undo takes the period under it. Called inside the transaction of the
// amount or undo that changed the period, under the habit's lock (lib/habits/amounts.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { loggableFields } from "@/lib/habits/loggable";
import { goalPeriodOf } from "@/lib/habits/measure";
import { reverseAward } from "@/lib/points/queries";
import { undoKey } from "@/lib/points/rules";
import { toDbDate, type LocalDate } from "@/lib/time/rules";

type Tx = Prisma.TransactionClient;

export const measuredFields = {
  ...loggableFields,
  unit: true,
  target: true,
  family: { select: { weekStart: true } },
} as const;

export type MeasuredHabit = Prisma.HabitGetPayload<{ select: typeof measuredFields }>;

/** The key of the n-th award of a period's goal (a goal met, lost by an undo and met again). */
const goalKey = (habitId: string, periodStart: LocalDate, n: number) =>
  `habit-goal:${habitId}:${periodStart}:${n}`;

export /**
 * After an amount or an undo: the period's total against the goal. Met without a live award: one
 * is made; under it with one: it is given back (at most what the kid still has).
 */
async function settleGoal(tx: Tx, familyId: string, habit: MeasuredHabit, date: LocalDate) {
  if (!habit.target) return { total: 0, met: false };
  const period = goalPeriodOf(habit.cadence, date, habit.family.weekStart);
  const sum = await tx.habitLog.aggregate({
    where: {
      familyId,
      habitId: habit.id,
      localDate: { gte: toDbDate(period.from), lte: toDbDate(period.to) },
    },
    _sum: { count: true },
  });
  const total = sum._sum.count ?? 0;
  const met = total >= habit.target;
  if (habit.points <= 0) return { total, met };
  const prefix = `habit-goal:${habit.id}:${period.from}:`;
  const awards = await tx.pointsEntry.findMany({
    where: { familyId, sourceKey: { startsWith: prefix } },
    select: { sourceKey: true },
  });
  const reversed = await tx.pointsEntry.findMany({
    where: { familyId, sourceKey: { in: awards.map((a) => undoKey(a.sourceKey!)) } },
    select: { sourceKey: true },
  });
  const live = awards.find((a) => !reversed.some((r) => r.sourceKey === undoKey(a.sourceKey!)));
  if (met && !live)
    await tx.pointsEntry.create({
      data: {
        familyId,
        memberId: habit.memberId,
        delta: habit.points,
        source: "HABIT",
        sourceKey: goalKey(habit.id, period.from, awards.length),
        reason: habit.name,
      },
    });
  if (!met && live) await reverseAward(tx, familyId, live.sourceKey!);
  return { total, met };
}
