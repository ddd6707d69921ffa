import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { HabitUnit } from "@/lib/habits/measure";
import { refreshStreak } from "@/lib/habits/streaks";
import { addDays, fromDbDate, isoWeekday, toDbDate, type LocalDate } from "@/lib/time/rules";

/**
 * Stored streaks are written with every log, undo and pause. A day without any of those can still
 * end a streak (yesterday was missed), so screens bring streaks computed for an earlier day up to
 * date before showing them.
 */
async function refreshStale(familyId: string, habitIds: string[], today: LocalDate) {
  const fresh = await db.habitStreak.findMany({
    where: { familyId, habitId: { in: habitIds }, computedFor: toDbDate(today) },
    select: { habitId: true },
  });
  const stale = habitIds.filter((id) => !fresh.some((f) => f.habitId === id));
  for (const habitId of stale)
    await db.$transaction((tx) => refreshStreak(tx, familyId, habitId, today));
}

const habitFields = {
  id: true,
  name: true,
  icon: true,
  photoId: true,
  cadence: true,
  weekdays: true,
  timesPerWeek: true,
  startDate: true,
  archivedAt: true,
  unit: true,
  target: true,
  member: { select: { id: true, displayName: true, avatarEmoji: true, avatarColor: true } },
  streak: { select: { current: true, longest: true } },
} as const;

export async function listHabits(
  familyId: string,
  today: LocalDate,
  options: { archived?: boolean } = {},
) {
  const ids = await db.habit.findMany({
    where: { familyId, archivedAt: options.archived ? { not: null } : null },
    select: { id: true },
  });
  await refreshStale(
    familyId,
    ids.map((h) => h.id),
    today,
  );
  const habits = await db.habit.findMany({
    where: { familyId, archivedAt: options.archived ? { not: null } : null },
    select: {
      ...habitFields,
      logs: { where: { localDate: toDbDate(today) }, select: { id: true } },
    },
    orderBy: [{ member: { createdAt: "asc" } }, { name: "asc" }],
  });
  return habits.map(({ logs, ...habit }) => ({ ...habit, loggedToday: logs.length > 0 }));
}

export type HabitToday = {
  id: string;
  memberId: string;
  name: string;
  icon: string;
  photoId: string | null;
  logId: string | null;
  cadence: "DAILY" | "WEEKLY";
  /** A measured habit (issue 21): its unit and goal, today's amount and this week's. */
  unit: HabitUnit | null;
  target: number | null;
  dayAmount: number;
  weekAmount: number;
};

/**
 * Habits due for a member today (daily on today's weekday, or N per week) with today's log id.
 * One statement: the tablet's kid page has a budget of six (it uses four).
 */
export async function habitsForMemberToday(
  familyId: string,
  memberId: string,
  today: LocalDate,
): Promise<HabitToday[]> {
  return (await habitsForMembersToday(familyId, [memberId], today)).get(memberId) ?? [];
}

/**
 * The same for several members in the same one statement (the dashboard's), keyed by member id;
 * a member with nothing due today is absent.
 */
export async function habitsForMembersToday(
  familyId: string,
  memberIds: string[],
  today: LocalDate,
): Promise<Map<string, HabitToday[]>> {
  const byMember = new Map<string, HabitToday[]>();
  if (memberIds.length === 0) return byMember;
  const rows = await db.$queryRaw<HabitToday[]>`
    SELECT h.id, h."memberId", h.name, h.icon, h."photoId", l.id AS "logId", h.cadence::text AS cadence,
           h.unit::text AS unit, h.target, coalesce(l.count, 0)::int AS "dayAmount",
           CASE WHEN h.unit IS NULL THEN 0 ELSE (
             SELECT coalesce(sum(w.count), 0)::int FROM habit_logs w
             WHERE w."habitId" = h.id AND w."familyId" = h."familyId"
               AND w."localDate" BETWEEN wk.start AND wk.start + 6) END AS "weekAmount"
    FROM habits h
    JOIN families f ON f.id = h."familyId"
    -- The first day of the family's week today is in (families."weekStart", an ISO weekday).
    CROSS JOIN LATERAL (
      SELECT ${today}::date - ((EXTRACT(ISODOW FROM ${today}::date)::int - f."weekStart" + 7) % 7) AS start
    ) wk
    LEFT JOIN habit_logs l
      ON l."habitId" = h.id AND l."familyId" = h."familyId" AND l."localDate" = ${today}::date
    WHERE h."familyId" = ${familyId}::uuid AND h."memberId" = ANY(${memberIds}::uuid[])
      AND h."archivedAt" IS NULL AND h."startDate" <= ${today}::date
      AND (h.cadence = 'WEEKLY' OR ${isoWeekday(today)}::int = ANY(h.weekdays))
    ORDER BY h.name, h.id`;
  for (const row of rows) {
    const list = byMember.get(row.memberId) ?? [];
    list.push(row);
    byMember.set(row.memberId, list);
  }
  return byMember;
}

/**
 * The habit page: streaks, a 365-day heatmap, the 30-day completion rate and recent notes. The
 * logs of the year come from one SQL statement and serve all three.
 */
export async function habitDetail(familyId: string, habitId: string, today: LocalDate) {
  await refreshStale(familyId, [habitId], today);
  const habit = await db.habit.findFirst({ where: { id: habitId, familyId }, select: habitFields });
  if (!habit) throw new NotFoundError("That habit");
  const from = addDays(today, -364);
  const year = await yearOfLogs(familyId, habitId, from);
  const byDate = new Map(year.map((log) => [fromDbDate(log.localDate), log]));
  const days = Array.from({ length: 365 }, (_, i) => {
    const date = addDays(from, i);
    return { date, count: byDate.get(date)?.count ?? 0 };
  });
  const start = fromDbDate(habit.startDate);
  const last30 = days.slice(-30).filter((d) => d.date >= start);
  const due =
    habit.cadence === "DAILY"
      ? last30.filter((d) => habit.weekdays.includes(isoWeekday(d.date)))
      : last30;
  // A measured habit's day counts when its goal was met; its weeks are on their own chart.
  const done = due.filter((d) => d.count >= (habit.target ?? 1)).length;
  const expected =
    habit.cadence === "DAILY"
      ? due.length
      : habit.unit
        ? 0
        : Math.round(((habit.timesPerWeek ?? 1) * last30.length) / 7);
  return {
    ...habit,
    days,
    rate30: expected === 0 ? null : Math.min(100, Math.round((done / expected) * 100)),
    notes: year
      .filter((log) => log.note)
      .slice(-5)
      .reverse()
      .map((log) => ({ date: fromDbDate(log.localDate), note: log.note! })),
    recentLogs: year
      .slice(-8)
      .reverse()
      .map((log) => ({ id: log.id, date: fromDbDate(log.localDate), count: log.count })),
  };
}

/** One statement: the habit's logs of the last 365 days (measured by scripts/bench/heatmap.ts). */
export function yearOfLogs(familyId: string, habitId: string, from: LocalDate) {
  return db.habitLog.findMany({
    where: { familyId, habitId, localDate: { gte: toDbDate(from) } },
    select: { id: true, localDate: true, count: true, note: true },
    orderBy: { localDate: "asc" },
  });
}

/** A habit's streak as of today (recomputed first when it was stored for an earlier day). */
export async function habitStreak(familyId: string, habitId: string, today: LocalDate) {
  await refreshStale(familyId, [habitId], today);
  const streak = await db.habitStreak.findFirst({
    where: { habitId, familyId },
    select: { current: true, longest: true, computedFor: true },
  });
  if (!streak) throw new NotFoundError("That habit");
  return {
    habitId,
    current: streak.current,
    longest: streak.longest,
    computedFor: streak.computedFor ? fromDbDate(streak.computedFor) : today,
  };
}
