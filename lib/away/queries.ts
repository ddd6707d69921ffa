import "server-only";
// A kid's away pattern and one-off days (issue 21), read and written. Every write recomputes the
// kid's habit streaks in its transaction: away days pause them (lib/habits/streaks.ts), so a
// stored streak never disagrees with the calendar it was counted over.
import { db } from "@/lib/db";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshStreak } from "@/lib/habits/streaks";
import { sentence } from "@/lib/i18n/sentence";
import {
  MAX_AWAY_RANGES,
  type AwayCalendar,
  type AwayPatternRule,
  type AwayRange,
} from "@/lib/away/rules";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

type Tx = Prisma.TransactionClient;

export type AwayRangeView = AwayRange & { id: string };
export type AwayCalendarView = { pattern: AwayPatternRule | null; days: AwayRangeView[] };

const patternSelect = { startDate: true, cycleDays: true, awayDays: true, place: true } as const;
const rangeSelect = {
  id: true,
  memberId: true,
  kind: true,
  startDate: true,
  endDate: true,
  place: true,
} as const;

function patternOf(row: {
  startDate: Date;
  cycleDays: number;
  awayDays: number[];
  place: string;
}): AwayPatternRule {
  return { ...row, startDate: fromDbDate(row.startDate) };
}

function rangeOf(row: {
  id: string;
  kind: "AWAY" | "HOME";
  startDate: Date;
  endDate: Date;
  place: string | null;
}): AwayRangeView {
  return {
    id: row.id,
    kind: row.kind,
    startDate: fromDbDate(row.startDate),
    endDate: fromDbDate(row.endDate),
    place: row.place,
  };
}

/** A kid's calendar: the pattern and every one-off range, earliest first. */
export async function awayCalendar(
  familyId: string,
  memberId: string,
  client: Tx = db,
): Promise<AwayCalendarView> {
  const [pattern, days] = await Promise.all([
    client.awayPattern.findFirst({ where: { familyId, memberId }, select: patternSelect }),
    client.awayDay.findMany({
      where: { familyId, memberId },
      select: rangeSelect,
      orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return { pattern: pattern && patternOf(pattern), days: days.map(rangeOf) };
}

/**
 * Every kid's calendar of a family, for the dashboard and the tablet's faces: two statements,
 * whatever the number of kids. One-off ranges that ended before `from` are left out.
 */
export async function familyAwayCalendars(
  familyId: string,
  from: LocalDate,
): Promise<Map<string, AwayCalendar>> {
  const [patterns, days] = await Promise.all([
    db.awayPattern.findMany({
      where: { familyId },
      select: { memberId: true, ...patternSelect },
    }),
    db.awayDay.findMany({
      where: { familyId, endDate: { gte: toDbDate(from) } },
      select: rangeSelect,
      orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const calendars = new Map<string, { pattern: AwayPatternRule | null; days: AwayRange[] }>();
  const of = (memberId: string) => {
    let calendar = calendars.get(memberId);
    if (!calendar) calendars.set(memberId, (calendar = { pattern: null, days: [] }));
    return calendar;
  };
  for (const { memberId, ...pattern } of patterns) of(memberId).pattern = patternOf(pattern);
  for (const day of days) of(day.memberId).days.push(rangeOf(day));
  return calendars;
}

/** Runs `write` for a kid of this family, then recomputes the kid's habit streaks with it. */
async function changeCalendar<T>(
  familyId: string,
  kidId: string,
  today: LocalDate,
  write: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    // The kid's row is locked: two parents changing the calendar at once recompute in turn.
    const [kid] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "family_members"
      WHERE "id" = ${kidId}::uuid AND "familyId" = ${familyId}::uuid AND "role" = 'CHILD'
      FOR UPDATE`;
    if (!kid) throw new NotFoundError("That kid");
    const result = await write(tx);
    const habits = await tx.habit.findMany({
      where: { familyId, memberId: kidId },
      select: { id: true },
    });
    for (const habit of habits) await refreshStreak(tx, familyId, habit.id, today);
    return result;
  });
}

export type PatternInput = {
  startDate: LocalDate;
  cycleDays: number;
  awayDays: number[];
  place: string;
};

/** Sets (or replaces) a kid's repeating pattern. */
export async function setAwayPattern(
  familyId: string,
  kidId: string,
  input: PatternInput,
  today: LocalDate,
) {
  const data = {
    place: input.place,
    startDate: toDbDate(input.startDate),
    cycleDays: input.cycleDays,
    awayDays: [...new Set(input.awayDays)].sort((a, b) => a - b),
  };
  return changeCalendar(familyId, kidId, today, (tx) =>
    tx.awayPattern.upsert({
      where: { memberId_familyId: { memberId: kidId, familyId } },
      create: { familyId, memberId: kidId, ...data },
      update: data,
      select: patternSelect,
    }),
  ).then(patternOf);
}

/** The kid lives at home every day again (one-off ranges stay). */
export async function clearAwayPattern(familyId: string, kidId: string, today: LocalDate) {
  await changeCalendar(familyId, kidId, today, (tx) =>
    tx.awayPattern.deleteMany({ where: { familyId, memberId: kidId } }),
  );
}

export type RangeInput = {
  kind: "AWAY" | "HOME";
  startDate: LocalDate;
  endDate: LocalDate;
  place: string | null;
};

/** A one-off range: away (a trip, a swapped weekend) or at home after all. */
export async function addAwayRange(
  familyId: string,
  kidId: string,
  input: RangeInput,
  today: LocalDate,
): Promise<AwayRangeView> {
  return changeCalendar(familyId, kidId, today, async (tx) => {
    const count = await tx.awayDay.count({ where: { familyId, memberId: kidId } });
    if (count >= MAX_AWAY_RANGES)
      throw new RuleViolationError(
        sentence("A kid can have at most {max} away or home entries. Remove old ones first.", {
          max: MAX_AWAY_RANGES,
        }),
      );
    const row = await tx.awayDay.create({
      data: {
        familyId,
        memberId: kidId,
        kind: input.kind,
        startDate: toDbDate(input.startDate),
        endDate: toDbDate(input.endDate),
        place: input.kind === "HOME" ? null : input.place,
      },
      select: rangeSelect,
    });
    return rangeOf(row);
  });
}

/** Removes a one-off range; false when there was none (already removed, or another family's). */
export async function removeAwayRange(
  familyId: string,
  kidId: string,
  rangeId: string,
  today: LocalDate,
): Promise<boolean> {
  return changeCalendar(familyId, kidId, today, async (tx) => {
    const { count } = await tx.awayDay.deleteMany({
      where: { id: rangeId, familyId, memberId: kidId },
    });
    return count > 0;
  });
}
