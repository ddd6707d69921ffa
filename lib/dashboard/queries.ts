import "server-only";
import { db } from "@/lib/db";
import { getFamily, listMembers } from "@/lib/families/queries";
import { habitsForMembersToday } from "@/lib/habits/views";
import { balances } from "@/lib/points/queries";
import { pendingRequests } from "@/lib/points/rewards";
import { memberDays } from "@/lib/routines/day";
import { familyAwayCalendars } from "@/lib/away/queries";
import { NO_AWAY, whereabouts } from "@/lib/away/rules";
import { reachedGoals } from "@/lib/money/goals";
import { untakenAfterWindow } from "@/lib/pool/rules";
import { addDays, localDateAt, localMinuteAt, type LocalDate } from "@/lib/time/rules";

/**
 * What the live dashboard polls: one cheap statement whose answer changes whenever anything it
 * shows changes (a check or undo today, a habit log, points, a reward request, a kid's away
 * days). Counts catch
 * deletions, newest timestamps catch an undo followed by a new tap. Works the same with any
 * number of app instances: the database is the only state.
 */
export async function dashboardStamp(familyId: string): Promise<string> {
  // "Today" in the family's zone and day start, computed in the same statement.
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    WITH f AS (
      SELECT id, ((now() AT TIME ZONE "timeZone") - make_interval(mins => "dayStartMinute"))::date AS today
      FROM families WHERE id = ${familyId}::uuid
    )
    SELECT concat_ws('|', f.today,
      (SELECT count(*) || '/' || coalesce(max(c."createdAt")::text, '') FROM item_checks c
        WHERE c."familyId" = f.id AND c."localDate" = f.today),
      (SELECT count(*) || '/' || coalesce(max(l."createdAt")::text, '') FROM habit_logs l
        WHERE l."familyId" = f.id AND l."localDate" = f.today),
      (SELECT count(*) FROM points_entries p WHERE p."familyId" = f.id),
      (SELECT count(*) || '/' || coalesce(max(r."updatedAt")::text, '') FROM reward_requests r
        WHERE r."familyId" = f.id),
      (SELECT count(*) || '/' || coalesce(max(a."updatedAt")::text, '') FROM away_days a
        WHERE a."familyId" = f.id),
      (SELECT count(*) || '/' || coalesce(max(a."updatedAt")::text, '') FROM away_patterns a
        WHERE a."familyId" = f.id)
    ) AS stamp
    FROM f`;
  return row?.stamp ?? "";
}

export type WeekDay = { date: LocalDate; routines: number; habitsDone: number; habitsDue: number };

/**
 * The last 7 days per kid: routines completed and habits logged against habits due (daily habits
 * on their weekdays; a weekly habit counts as due once a day only when logged, so it never shows
 * as missed). Two statements for the whole family.
 */
export async function familyWeek(
  familyId: string,
  today: LocalDate,
): Promise<Map<string, WeekDay[]>> {
  const from = addDays(today, -6);
  const [completions, habits] = await Promise.all([
    db.$queryRaw<{ memberId: string; date: string; n: number }[]>`
      SELECT "memberId", to_char("localDate", 'YYYY-MM-DD') AS date, count(*)::int AS n
      FROM routine_completions
      WHERE "familyId" = ${familyId}::uuid AND "localDate" BETWEEN ${from}::date AND ${today}::date
      GROUP BY 1, 2`,
    db.$queryRaw<{ memberId: string; date: string; due: number; done: number }[]>`
      SELECT h."memberId", to_char(d.day, 'YYYY-MM-DD') AS date,
             count(*) FILTER (WHERE h.cadence = 'DAILY' AND extract(isodow FROM d.day)::int = ANY(h.weekdays)
                                AND NOT member_away_on(h."familyId", h."memberId", d.day::date))::int
               + count(l.id) FILTER (WHERE h.cadence = 'WEEKLY')::int AS due,
             count(l.id)::int AS done
      FROM habits h
      CROSS JOIN generate_series(${from}::date, ${today}::date, interval '1 day') AS d(day)
      LEFT JOIN habit_logs l ON l."habitId" = h.id AND l."familyId" = h."familyId" AND l."localDate" = d.day::date
      WHERE h."familyId" = ${familyId}::uuid AND h."archivedAt" IS NULL AND h."startDate" <= d.day::date
      GROUP BY 1, 2`,
  ]);
  const week = new Map<string, WeekDay[]>();
  const dayOf = (memberId: string, date: string) => {
    let days = week.get(memberId);
    if (!days) {
      days = Array.from({ length: 7 }, (_, i) => ({
        date: addDays(from, i),
        routines: 0,
        habitsDone: 0,
        habitsDue: 0,
      }));
      week.set(memberId, days);
    }
    return days.find((d) => d.date === date);
  };
  for (const row of completions) {
    const day = dayOf(row.memberId, row.date);
    if (day) day.routines = row.n;
  }
  for (const row of habits) {
    const day = dayOf(row.memberId, row.date);
    if (day) Object.assign(day, { habitsDue: row.due, habitsDone: row.done });
  }
  return week;
}

const emptyWeek = (today: LocalDate): WeekDay[] =>
  Array.from({ length: 7 }, (_, i) => ({
    date: addDays(today, i - 6),
    routines: 0,
    habitsDone: 0,
    habitsDue: 0,
  }));

/**
 * Everything the parent's Today page shows: per kid the routines and habits of today, where an
 * away kid is ("at Dad's until Sunday"), points and the last 7 days, the reward requests
 * waiting for an answer, and the pool chores nobody took by the end of their window. 13
 * statements whatever the number of kids (counted in lib/dashboard/dashboard.integration.test.ts).
 */
export async function loadDashboard(familyId: string) {
  // The stamp is read first: anything that changes while the page renders changes it again, so
  // the live poller never misses an update.
  const stamp = await dashboardStamp(familyId);
  const [family, members, points, requests, goals] = await Promise.all([
    getFamily(familyId),
    listMembers(familyId),
    balances(familyId),
    pendingRequests(familyId),
    reachedGoals(familyId),
  ]);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const [week, calendars] = await Promise.all([
    familyWeek(familyId, today),
    familyAwayCalendars(familyId, today),
  ]);
  // Every kid's routines in one statement and every kid's habits in one: the page costs the same
  // whatever the number of kids.
  const children = members
    .filter((m) => m.role === "CHILD")
    .map((kid) => ({ kid, away: whereabouts(calendars.get(kid.id) ?? NO_AWAY, today) }));
  const [days, habits] = await Promise.all([
    memberDays(
      familyId,
      children.map(({ kid }) => kid.id),
      today,
    ),
    // Nothing is due while away: the kid's habits wait for the day they are home.
    habitsForMembersToday(
      familyId,
      children.filter(({ away }) => !away).map(({ kid }) => kid.id),
      today,
    ),
  ]);
  const kids = children.map(({ kid, away }) => ({
    ...kid,
    away,
    routines: days.get(kid.id)?.routines ?? [],
    habits: habits.get(kid.id) ?? [],
    points: points.get(kid.id) ?? 0,
    week: week.get(kid.id) ?? emptyWeek(today),
  }));
  // Past midnight but before the family's day starts, today's windows are all over.
  const now = new Date();
  const nowMinute =
    localMinuteAt(now, family.timeZone) + (localDateAt(now, family.timeZone) > today ? 1440 : 0);
  return {
    stamp,
    today,
    kids,
    untaken: untakenAfterWindow(
      kids.map((kid) => kid.routines),
      nowMinute,
    ),
    goals,
    requests: requests.map((request) => ({
      ...request,
      balance: points.get(request.member.id) ?? 0,
    })),
  };
}
