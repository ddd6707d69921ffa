import "server-only";
// Routines the kids take turns at (issue 21): the rotation's start when a routine starts taking
// turns, the days kept as they were when it changes, a parent's swap of a day, and who has which
// day. Who may do it on a date is routine_doers() in SQL (lib/rotation/rules.ts says the same).
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { day, sentence } from "@/lib/i18n/sentence";
import { rotationStartFor, turnOf, type Rotation } from "@/lib/rotation/rules";
import {
  BACKFILL_DAYS,
  addDays,
  fromDbDate,
  localDateAt,
  toDbDate,
  type LocalDate,
} from "@/lib/time/rules";

type Tx = Prisma.TransactionClient;
type Turns = "DAY" | "WEEK" | null;

/** Swaps may be planned this far ahead. */
export const SWAP_AHEAD_DAYS = 366;

async function familyCalendar(tx: Tx, familyId: string) {
  const family = await tx.family.findUniqueOrThrow({
    where: { id: familyId },
    select: { timeZone: true, dayStartMinute: true, weekStart: true },
  });
  return { ...family, today: localDateAt(new Date(), family.timeZone, family.dayStartMinute) };
}

type Sharing = { turns: Turns; turnsFrom: Date | null; pooled: boolean; pooledFrom: Date | null };

/**
 * How a save shares the routine among its kids: the rotation and pool columns it writes. A
 * routine that starts taking turns, or changes its rhythm, starts its rotation today (on a weekly
 * one, the first day of this family week); otherwise the start stays. Before it changes, the days
 * a kid could still check (today and BACKFILL_DAYS back) are kept as they were, so a change never
 * rewrites whose turn they were. A pool chore (it needs two kids to offer it to) is one from today,
 * or from the day it already was.
 */
export async function turnsForSave(
  tx: Tx,
  familyId: string,
  routineId: string | null,
  draft: { turns: Turns; pool: boolean; kidIds: string[] },
): Promise<Sharing> {
  const { turns, kidIds } = draft;
  const pooled = draft.pool && turns === null && kidIds.length > 1;
  const none = { turns: null, turnsFrom: null, pooled: false, pooledFrom: null };
  if (turns === null && !pooled && routineId === null) return none;
  const calendar = await familyCalendar(tx, familyId);
  const current = routineId
    ? await tx.routine.findFirst({
        where: { id: routineId, familyId },
        select: {
          turns: true,
          turnsFrom: true,
          pooledFrom: true,
          assignments: { select: { memberId: true } },
        },
      })
    : null;
  if (pooled)
    return { ...none, pooled, pooledFrom: current?.pooledFrom ?? toDbDate(calendar.today) };
  if (current?.turns) {
    const sameKids =
      current.assignments.length === kidIds.length &&
      current.assignments.every((a) => kidIds.includes(a.memberId));
    if (current.turns !== turns || !sameKids)
      await keepPastTurns(tx, familyId, routineId!, calendar.today);
  }
  if (turns === null) return none;
  if (current?.turns === turns && current.turnsFrom)
    return { ...none, turns, turnsFrom: current.turnsFrom };
  return {
    ...none,
    turns,
    turnsFrom: toDbDate(rotationStartFor(calendar.today, turns, calendar.weekStart)),
  };
}

/** Stores who had each of the last days, as routine_doers() says now (a single kid only). */
async function keepPastTurns(tx: Tx, familyId: string, routineId: string, today: LocalDate) {
  await tx.$executeRaw`
    INSERT INTO rotation_turns ("id", "familyId", "routineId", "localDate", "memberId", "kind", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${familyId}::uuid, ${routineId}::uuid, d.day::date, doers[1], 'KEPT', now(), now()
    FROM generate_series(${addDays(today, -BACKFILL_DAYS)}::date, ${today}::date, interval '1 day') AS d(day)
    CROSS JOIN LATERAL (SELECT routine_doers(${familyId}::uuid, ${routineId}::uuid, d.day::date) AS doers) w
    WHERE cardinality(w.doers) = 1
    ON CONFLICT ("routineId", "localDate") DO NOTHING`;
}

/** The kids of a rotation in turn order (assigned, not archived, oldest first), or null. */
export async function rotationOf(
  familyId: string,
  routineId: string,
  client: Tx = db,
): Promise<(Rotation & { name: string }) | null> {
  const routine = await client.routine.findFirst({
    where: { id: routineId, familyId },
    select: {
      name: true,
      turns: true,
      turnsFrom: true,
      assignments: {
        where: { member: { archivedAt: null } },
        select: { member: { select: { id: true, createdAt: true } } },
      },
    },
  });
  if (!routine) throw new NotFoundError("That routine");
  if (!routine.turns || !routine.turnsFrom) return null;
  const kids = routine.assignments
    .map((a) => a.member)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((m) => m.id);
  return { name: routine.name, every: routine.turns, start: fromDbDate(routine.turnsFrom), kids };
}

export type TurnDay = {
  date: LocalDate;
  /** Who may do it: one kid, every kid before the rotation starts, nobody when all are away. */
  kidIds: string[];
  /** Whose turn the period is by the rule (null before the start). */
  turnOf: string | null;
  /** SWAP: a parent gave the day; KEPT: kept as it was when the rotation changed. */
  stored: "SWAP" | "KEPT" | null;
};

/** Who has which day, from `from` for `days` days. One statement (and one for the rotation). */
export async function listTurns(
  familyId: string,
  routineId: string,
  from: LocalDate,
  days: number,
): Promise<TurnDay[]> {
  const rotation = await rotationOf(familyId, routineId);
  if (!rotation) return [];
  const rows = await db.$queryRaw<
    { date: string; doers: string[]; kind: "SWAP" | "KEPT" | null }[]
  >`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
           routine_doers(${familyId}::uuid, ${routineId}::uuid, d.day::date)::text[] AS doers,
           t."kind"::text AS kind
    FROM generate_series(${from}::date, ${addDays(from, days - 1)}::date, interval '1 day') AS d(day)
    LEFT JOIN rotation_turns t
      ON t."routineId" = ${routineId}::uuid AND t."familyId" = ${familyId}::uuid AND t."localDate" = d.day::date
    ORDER BY d.day`;
  return rows.map((row) => ({
    date: row.date,
    kidIds: row.doers,
    turnOf: turnOf(rotation, row.date),
    stored: row.doers.length === 1 && row.kind ? row.kind : null,
  }));
}

/**
 * A parent gives one day of a rotation to a kid of it (or back to the rule, with `kidId` null).
 * The kid must be home that day; the day from BACKFILL_DAYS back to SWAP_AHEAD_DAYS ahead.
 */
export async function swapTurn(
  familyId: string,
  routineId: string,
  date: LocalDate,
  kidId: string | null,
) {
  return db.$transaction(async (tx) => {
    const rotation = await rotationOf(familyId, routineId, tx);
    if (!rotation)
      throw new DomainError("That routine is done by every kid; turn on taking turns first.");
    const { today } = await familyCalendar(tx, familyId);
    if (date < addDays(today, -BACKFILL_DAYS) || date > addDays(today, SWAP_AHEAD_DAYS))
      throw new DomainError(
        sentence("Pick a day from {first} to a year from now.", {
          first: day(addDays(today, -BACKFILL_DAYS)),
        }),
        { date: ["Pick a day from a week ago to a year from now."] },
      );
    if (kidId === null) {
      await tx.rotationTurn.deleteMany({
        where: { familyId, routineId, localDate: toDbDate(date) },
      });
      return;
    }
    if (!rotation.kids.includes(kidId))
      throw new DomainError("Pick a kid who takes turns at it.", {
        kidId: ["Pick a kid who takes turns at it."],
      });
    const [away] = await tx.$queryRaw<{ away: boolean }[]>`
      SELECT member_away_on(${familyId}::uuid, ${kidId}::uuid, ${date}::date) AS away`;
    if (away?.away)
      throw new DomainError(sentence("That kid is away on {day}.", { day: day(date) }), {
        kidId: ["That kid is away that day."],
      });
    await tx.rotationTurn.upsert({
      where: { routineId_localDate: { routineId, localDate: toDbDate(date) } },
      create: { familyId, routineId, localDate: toDbDate(date), memberId: kidId, kind: "SWAP" },
      update: { memberId: kidId, kind: "SWAP" },
    });
  });
}
