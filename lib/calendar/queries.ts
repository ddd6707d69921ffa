import "server-only";
// Calendar feeds (issue 19): a secret address per kid or for the whole family, kept as the hash of
// its token only, revocable. The address is built from PUBLIC_URL, never from a request's Host.
import { familyAwayCalendars } from "@/lib/away/queries";
import { NO_AWAY, awayDates } from "@/lib/away/rules";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { hashToken, newSecretToken } from "@/lib/auth/tokens";
import { AWAY_FUTURE_DAYS, AWAY_PAST_DAYS, routinesCalendar } from "@/lib/calendar/ics";
import { type LocalDate, addDays, localDateAt } from "@/lib/time/rules";

export const MAX_FEEDS = 20;

export async function createFeed(familyId: string, createdById: string, kidId: string | null) {
  if (kidId) {
    const kid = await db.familyMember.findFirst({
      where: { id: kidId, familyId, role: "CHILD" },
      select: { id: true },
    });
    if (!kid) throw new NotFoundError("That kid");
  }
  if ((await db.calendarFeed.count({ where: { familyId, revokedAt: null } })) >= MAX_FEEDS)
    throw new DomainError("A family has at most 20 calendar addresses. Revoke one first.");
  const { token, tokenHash } = newSecretToken();
  const feed = await db.calendarFeed.create({
    data: { familyId, kidId, tokenHash, createdById },
    select: { id: true },
  });
  return { id: feed.id, token };
}

export async function revokeFeed(familyId: string, feedId: string) {
  const { count } = await db.calendarFeed.updateMany({
    where: { id: feedId, familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("That calendar");
}

export async function listFeeds(familyId: string) {
  return db.calendarFeed.findMany({
    where: { familyId, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, kidId: true, createdAt: true },
  });
}

/** The calendar behind a token, or null for an unknown or revoked one (the route's 404). */
export async function feedCalendar(token: string, host: string): Promise<string | null> {
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      kidId: true,
      revokedAt: true,
      createdAt: true,
      family: { select: { id: true, name: true, timeZone: true, dayStartMinute: true } },
    },
  });
  if (!feed || feed.revokedAt) return null;
  const { family } = feed;
  const routines = await db.routine.findMany({
    where: {
      familyId: family.id,
      archivedAt: null,
      assignments: { some: feed.kidId ? { memberId: feed.kidId } : {} },
    },
    orderBy: [{ startMinute: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      weekdays: true,
      startMinute: true,
      endMinute: true,
      turns: true,
      pooled: true,
      assignments: {
        where: {
          member: { archivedAt: null },
          ...(feed.kidId ? { memberId: feed.kidId } : {}),
        },
        select: { member: { select: { id: true, displayName: true } } },
      },
    },
  });
  const kidName = feed.kidId ? routines[0]?.assignments[0]?.member.displayName : undefined;
  // A kid's days away (issue 21) leave their routines out: from two months back to half a year on.
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const calendars = await familyAwayCalendars(family.id, addDays(today, -AWAY_PAST_DAYS));
  const awayOf = (kidId: string) => [
    ...awayDates(
      calendars.get(kidId) ?? NO_AWAY,
      addDays(today, -AWAY_PAST_DAYS),
      addDays(today, AWAY_FUTURE_DAYS),
    ),
  ];
  // Routines the kids take turns at, and pool chores: each day's doers by the check's own rule
  // (routine_doers(): the turn, the claim, days away); a kid's event leaves out the others' days.
  const shared = routines.filter((r) => r.turns !== null || r.pooled).map((r) => r.id);
  const doers = await doersByDay(
    family.id,
    shared,
    addDays(today, -AWAY_PAST_DAYS),
    addDays(today, AWAY_FUTURE_DAYS),
  );
  const notTheirs = (routineId: string, kidId: string) =>
    (doers.get(routineId) ?? []).filter((d) => !d.doers.includes(kidId)).map((d) => d.day);
  return routinesCalendar({
    name: kidName ? `${kidName} · ${family.name}` : family.name,
    timeZone: family.timeZone,
    from: localDateAt(feed.createdAt, family.timeZone, family.dayStartMinute),
    host,
    withKidNames: !feed.kidId,
    routines: routines.map((routine) => ({
      ...routine,
      kids: routine.assignments.map((a) => ({
        id: a.member.id,
        name: a.member.displayName,
        away: awayOf(a.member.id),
        notTheirs: notTheirs(routine.id, a.member.id),
      })),
    })),
  });
}

/** Each day's doers of these routines over [from, to], on the routines' weekdays. One statement. */
async function doersByDay(familyId: string, routineIds: string[], from: LocalDate, to: LocalDate) {
  const byRoutine = new Map<string, { day: LocalDate; doers: string[] }[]>();
  if (routineIds.length === 0) return byRoutine;
  const rows = await db.$queryRaw<{ routineId: string; day: string; doers: string[] }[]>`
    SELECT r."id" AS "routineId", to_char(s.at, 'YYYY-MM-DD') AS "day",
           routine_doers(r."familyId", r."id", s.at::date)::text[] AS "doers"
    FROM "routines" r
    CROSS JOIN LATERAL generate_series(${from}::date, ${to}::date, interval '1 day') AS s(at)
    WHERE r."familyId" = ${familyId}::uuid AND r."id" = ANY(${routineIds}::uuid[])
      AND EXTRACT(ISODOW FROM s.at)::int = ANY(r."weekdays")`;
  for (const row of rows) {
    const list = byRoutine.get(row.routineId) ?? [];
    list.push({ day: row.day, doers: row.doers });
    byRoutine.set(row.routineId, list);
  }
  return byRoutine;
}
