import "server-only";
// What a push notification says (issue 19), written when it is sent, in its parent's language
// (messages/<locale>/notifications.json): a request answered meanwhile, or a routine finished
// after its reminder was queued, sends nothing.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { memberBalance } from "@/lib/points/queries";
import type { PushMessage } from "@/lib/push/message";
import { signAnswer } from "@/lib/push/rules";
import { type Say, notificationLocale, notificationWords } from "@/lib/push/words";
import { formatMinute } from "@/lib/time/format";
import { memberDay } from "@/lib/routines/day";
import { type LocalDate, addDays, instantAt } from "@/lib/time/rules";

/** What a job asks to be said; the words are found when it runs. */
export type Notice =
  | { kind: "reward"; requestId: string }
  | { kind: "reminder"; routineId: string; kidId: string; date: LocalDate }
  /** A pool chore's window ended: its taker's reminder, or "nobody took it" (issue 21). */
  | { kind: "pool"; routineId: string; date: LocalDate }
  | { kind: "weekly"; kidId: string; weekStart: LocalDate }
  | { kind: "goal"; goalId: string }
  | { kind: "test" };

type Recipient = { id: string; familyId: string; memberId: string; locale: string };

async function wordsFor(recipient: Recipient) {
  const parent = await db.familyMember.findFirst({
    where: { id: recipient.memberId, familyId: recipient.familyId },
    select: { user: { select: { locale: true } } },
  });
  const locale = notificationLocale(parent?.user?.locale, recipient.locale);
  return { locale, say: await notificationWords(locale) };
}

/** The notification for `recipient`, or null when there is nothing to say any more. */
export async function composeNotice(
  notice: Notice,
  recipient: Recipient,
): Promise<PushMessage | null> {
  const { locale, say } = await wordsFor(recipient);
  const base = { lang: locale, dir: locale === "ar" ? ("rtl" as const) : ("ltr" as const) };
  const familyId = recipient.familyId;
  switch (notice.kind) {
    case "test":
      return {
        ...base,
        title: say("test.title"),
        body: say("test.body"),
        tag: "test",
        url: "/account",
      };
    case "reward": {
      const request = await db.rewardRequest.findFirst({
        where: { id: notice.requestId, familyId, status: "PENDING" },
        select: {
          cost: true,
          memberId: true,
          member: { select: { displayName: true } },
          reward: { select: { name: true, emoji: true } },
        },
      });
      if (!request) return null;
      const kid = request.member.displayName;
      const reward = `${request.reward.emoji} ${request.reward.name}`;
      const balance = await memberBalance(familyId, request.memberId);
      const secret = env().AUTH_SECRET!;
      return {
        ...base,
        title: say("reward.title", { kid, reward }),
        body: say("reward.body", { kid, cost: request.cost, balance }),
        tag: `reward-${notice.requestId}`,
        url: "/dashboard",
        answer: {
          token: signAnswer(
            {
              requestId: notice.requestId,
              memberId: recipient.memberId,
              subscriptionId: recipient.id,
            },
            secret,
          ),
          approve: say("reward.approve"),
          deny: say("reward.deny"),
          offline: say("reward.offline"),
        },
      };
    }
    case "goal": {
      const goal = await db.savingsGoal.findFirst({
        where: { id: notice.goalId, familyId, closedAt: null, reachedAt: { not: null } },
        select: {
          label: true,
          emoji: true,
          memberId: true,
          member: { select: { displayName: true } },
        },
      });
      if (!goal) return null;
      return {
        ...base,
        title: say("goal.title", { kid: goal.member.displayName }),
        body: say("goal.body", {
          kid: goal.member.displayName,
          goal: `${goal.emoji} ${goal.label}`,
        }),
        tag: `goal-${notice.goalId}`,
        url: `/money/${goal.memberId}`,
      };
    }
    case "reminder":
      return reminder(notice, familyId, base, say);
    case "pool":
      return poolReminder(notice, familyId, base, say);
    case "weekly":
      return weekly(notice, familyId, base, say);
  }
}

type Base = Pick<PushMessage, "lang" | "dir">;

async function reminder(
  notice: Extract<Notice, { kind: "reminder" }>,
  familyId: string,
  base: Base,
  say: Say,
): Promise<PushMessage | null> {
  const [settings, day] = await Promise.all([
    db.routine.findFirst({
      where: { id: notice.routineId, familyId, archivedAt: null, remindAtEnd: true },
      select: { family: { select: { clock: true } } },
    }),
    // The kid's day as the tablet shows it: the day's version, its items, what is checked.
    memberDay(familyId, notice.kidId, notice.date),
  ]);
  const routine = day?.routines.find((r) => r.id === notice.routineId);
  // Finished after all (a late tap, a parent's fix), archived, or switched off: nothing to say.
  if (!settings || !day || !routine || routine.done >= routine.total) return null;
  return {
    ...base,
    title: say("reminder.title", { routine: routine.name }),
    body: say("reminder.body", {
      kid: day.member.displayName,
      done: routine.done,
      total: routine.total,
      time: formatMinute(routine.endMinute, base.lang, settings.family.clock),
    }),
    tag: `reminder-${notice.routineId}-${notice.kidId}`,
    url: `/dashboard/kids/${notice.kidId}`,
  };
}

async function poolReminder(
  notice: Extract<Notice, { kind: "pool" }>,
  familyId: string,
  base: Base,
  say: Say,
): Promise<PushMessage | null> {
  const [claim, routine, doers] = await Promise.all([
    db.poolClaim.findFirst({
      where: {
        familyId,
        routineId: notice.routineId,
        localDate: new Date(`${notice.date}T00:00:00Z`),
      },
      select: { memberId: true },
    }),
    db.routine.findFirst({
      where: { id: notice.routineId, familyId, archivedAt: null, remindAtEnd: true, pooled: true },
      select: { name: true, endMinute: true, family: { select: { clock: true } } },
    }),
    // Who could have taken it (assigned and home): nobody, and there is nothing to say.
    db.$queryRaw<{ doers: string[] }[]>`
      SELECT routine_doers(${familyId}::uuid, ${notice.routineId}::uuid, ${notice.date}::date)::text[] AS "doers"`,
  ]);
  if (claim)
    return reminder(
      { kind: "reminder", routineId: notice.routineId, date: notice.date, kidId: claim.memberId },
      familyId,
      base,
      say,
    );
  if (!routine || (doers[0]?.doers.length ?? 0) === 0) return null;
  return {
    ...base,
    title: say("pool.title", { routine: routine.name }),
    body: say("pool.body", {
      time: formatMinute(routine.endMinute, base.lang, routine.family.clock),
    }),
    tag: `pool-${notice.routineId}`,
    url: `/routines/${notice.routineId}`,
  };
}

async function weekly(
  notice: Extract<Notice, { kind: "weekly" }>,
  familyId: string,
  base: Base,
  say: Say,
): Promise<PushMessage | null> {
  const kid = await db.familyMember.findFirst({
    where: { id: notice.kidId, familyId, archivedAt: null, role: "CHILD" },
    select: { displayName: true, family: { select: { timeZone: true, dayStartMinute: true } } },
  });
  if (!kid) return null;
  const { timeZone, dayStartMinute } = kid.family;
  const last = addDays(notice.weekStart, 6);
  const from = instantAt(notice.weekStart, dayStartMinute, timeZone);
  const to = instantAt(addDays(notice.weekStart, 7), dayStartMinute, timeZone);
  // One statement: routines finished and due (each scheduled day of each assigned routine, but
  // not on the kid's days away, nor on another kid's turn),
  // stars earned and habits logged in the family's week.
  const [row] = await db.$queryRaw<{ done: number; due: number; stars: number; habits: number }[]>`
    SELECT
      (SELECT count(*)::int FROM routine_completions c
        WHERE c."familyId" = ${familyId}::uuid AND c."memberId" = ${notice.kidId}::uuid
          AND c."localDate" BETWEEN ${notice.weekStart}::date AND ${last}::date) AS done,
      (SELECT count(*)::int FROM routine_assignments a
        JOIN routines r ON r.id = a."routineId" AND r."familyId" = a."familyId" AND r."archivedAt" IS NULL
        CROSS JOIN generate_series(${notice.weekStart}::date, ${last}::date, interval '1 day') AS d(day)
        WHERE a."familyId" = ${familyId}::uuid AND a."memberId" = ${notice.kidId}::uuid
          AND extract(isodow FROM d.day)::int = ANY(r.weekdays)
          AND NOT member_away_on(a."familyId", a."memberId", d.day::date)
          AND (r."turns" IS NULL OR a."memberId" = ANY(routine_doers(a."familyId", r.id, d.day::date)))) AS due,
      (SELECT COALESCE(sum(p.delta) FILTER (WHERE p.delta > 0 AND p.source <> 'UNDO'), 0)::int
        FROM points_entries p
        WHERE p."familyId" = ${familyId}::uuid AND p."memberId" = ${notice.kidId}::uuid
          AND p."createdAt" >= ${from} AND p."createdAt" < ${to}) AS stars,
      (SELECT count(*)::int FROM habit_logs l
        JOIN habits h ON h.id = l."habitId" AND h."familyId" = l."familyId"
        WHERE l."familyId" = ${familyId}::uuid AND h."memberId" = ${notice.kidId}::uuid
          AND l."localDate" BETWEEN ${notice.weekStart}::date AND ${last}::date) AS habits`;
  const summary = row ?? { done: 0, due: 0, stars: 0, habits: 0 };
  return {
    ...base,
    title: say("weekly.title", { kid: kid.displayName }),
    body: say("weekly.body", {
      done: summary.done,
      due: Math.max(summary.due, summary.done),
      stars: summary.stars,
      habits: summary.habits,
    }),
    tag: `weekly-${notice.kidId}`,
    url: `/dashboard/kids/${notice.kidId}`,
  };
}
