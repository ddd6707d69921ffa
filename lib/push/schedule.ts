import "server-only";
// Which devices hear what, and when (issue 19). A reward request becomes push jobs when its event
// is dispatched from the outbox (lib/outbox/dispatch.ts); reminders and weekly summaries come
// from a job that pg-boss's cron runs once a minute across all instances. Each scheduled notice
// has a key in push_notices, written in the same transaction as its jobs, so a minute run twice
// (two instances, a retry) or late (after downtime) sends it once.
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { QUEUES, inTransaction } from "@/lib/jobs/boss";
import { RETENTION_DAYS } from "@/lib/outbox/retention";
import type { Notice } from "@/lib/push/notices";
import { isQuietAt, quietUntil, reminderDueDay, weeklySummaryDue } from "@/lib/push/rules";
import { localMinuteAt } from "@/lib/time/rules";

type Tx = Prisma.TransactionClient;
type Wish = "rewardRequests" | "routineReminders" | "weeklySummary";

type Device = {
  id: string;
  familyId: string;
  timeZone: string;
  rewardRequests: boolean | null;
  routineReminders: boolean | null;
  weeklySummary: boolean | null;
  quietStart: number | null;
  quietEnd: number | null;
};

/** The parents' devices in these families, with what each parent wants (defaults: everything). */
async function devicesOf(tx: Tx, familyIds: string[]): Promise<Device[]> {
  if (familyIds.length === 0) return [];
  return tx.$queryRaw<Device[]>`
    SELECT s."id", s."familyId", f."timeZone", p."rewardRequests", p."routineReminders",
           p."weeklySummary", p."quietStart", p."quietEnd"
    FROM "push_subscriptions" s
    JOIN "families" f ON f."id" = s."familyId"
    JOIN "family_members" m ON m."id" = s."memberId" AND m."familyId" = s."familyId" AND m."role" = 'PARENT'
    LEFT JOIN "notification_prefs" p ON p."memberId" = s."memberId"
    WHERE s."familyId" = ANY(${familyIds}::uuid[])`;
}

/**
 * The jobs for one notice to a family's devices whose parent wants it. Quiet hours hold it until
 * they end; a reminder in quiet hours is dropped instead (by morning it is no longer news).
 */
function jobsFor(devices: Device[], familyId: string, wish: Wish, notice: Notice, now: Date) {
  return devices
    .filter((d) => d.familyId === familyId && d[wish] !== false)
    .filter((d) => wish !== "routineReminders" || !isQuietAt(localMinuteAt(now, d.timeZone), d))
    .map((d) => {
      const until = quietUntil(now, d.timeZone, d);
      return {
        name: QUEUES.push,
        data: { subscriptionId: d.id, notice },
        ...(until && { startAfter: until }),
      };
    });
}

async function insertJobs(boss: PgBoss, tx: Tx, jobs: ReturnType<typeof jobsFor>) {
  if (jobs.length > 0) await boss.insert(jobs, { db: inTransaction(tx) });
}

/** In the outbox's dispatch transaction: a push per parent device for each new reward request. */
export async function queueRewardPushes(
  boss: PgBoss,
  tx: Tx,
  requests: { familyId: string; requestId: string }[],
  now = new Date(),
) {
  if (requests.length === 0) return;
  const devices = await devicesOf(tx, [...new Set(requests.map((r) => r.familyId))]);
  await insertJobs(
    boss,
    tx,
    requests.flatMap((r) =>
      jobsFor(
        devices,
        r.familyId,
        "rewardRequests",
        { kind: "reward", requestId: r.requestId },
        now,
      ),
    ),
  );
}

/** A kid reached a savings goal: parents who hear about rewards hear about this too. */
export async function queueGoalPushes(
  boss: PgBoss,
  goals: { id: string; familyId: string }[],
  now = new Date(),
) {
  if (goals.length === 0) return;
  await db.$transaction(async (tx) => {
    const devices = await devicesOf(tx, [...new Set(goals.map((g) => g.familyId))]);
    await insertJobs(
      boss,
      tx,
      goals.flatMap((g) =>
        jobsFor(devices, g.familyId, "rewardRequests", { kind: "goal", goalId: g.id }, now),
      ),
    );
  });
}

/** A notice once: its key kept and its jobs made in one transaction; false when already sent. */
async function once(
  boss: PgBoss,
  key: string,
  familyId: string,
  jobs: (tx: Tx) => Promise<ReturnType<typeof jobsFor>>,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "push_notices" ("key", "familyId") VALUES (${key}, ${familyId}::uuid)
      ON CONFLICT ("key") DO NOTHING`;
    if (inserted === 0) return false;
    await insertJobs(boss, tx, await jobs(tx));
    return true;
  });
}

/**
 * The minute's reminders and weekly summaries; the number of notices made. Only families with a
 * device to tell are looked at. `familyIds`: tests only, as for the outbox's dispatcher.
 */
export async function scheduleNotices(
  boss: PgBoss,
  now = new Date(),
  options: { familyIds?: string[] } = {},
): Promise<number> {
  const scope = options.familyIds
    ? Prisma.sql`AND f."id" = ANY(${options.familyIds}::uuid[])`
    : Prisma.empty;
  const families = await db.$queryRaw<
    { id: string; timeZone: string; dayStartMinute: number; weekStart: number }[]
  >`
    SELECT f."id", f."timeZone", f."dayStartMinute", f."weekStart" FROM "families" f
    WHERE EXISTS (SELECT 1 FROM "push_subscriptions" s WHERE s."familyId" = f."id") ${scope}`;
  if (families.length === 0) return 0;
  const familyIds = families.map((f) => f.id);
  const [routines, kids] = await Promise.all([
    db.routine.findMany({
      where: { familyId: { in: familyIds }, remindAtEnd: true, archivedAt: null },
      select: {
        id: true,
        familyId: true,
        weekdays: true,
        endMinute: true,
        pooled: true,
        assignments: { where: { member: { archivedAt: null } }, select: { memberId: true } },
      },
    }),
    db.familyMember.findMany({
      where: { familyId: { in: familyIds }, role: "CHILD", archivedAt: null },
      select: { id: true, familyId: true },
    }),
  ]);
  const byId = new Map(families.map((f) => [f.id, f]));
  let made = 0;
  const notify = async (key: string, familyId: string, wish: Wish, notice: Notice) => {
    const sent = await once(boss, key, familyId, async (tx) =>
      jobsFor(await devicesOf(tx, [familyId]), familyId, wish, notice, now),
    );
    if (sent) made++;
  };

  for (const routine of routines) {
    const family = byId.get(routine.familyId)!;
    const date = reminderDueDay(routine, now, family.timeZone, family.dayStartMinute);
    if (!date) continue;
    // A pool chore is one notice, not one per kid: about its taker, or that nobody took it.
    if (routine.pooled) {
      await notify(`pool:${routine.id}:${date}`, family.id, "routineReminders", {
        kind: "pool",
        routineId: routine.id,
        date,
      });
      continue;
    }
    // Finished ones are filtered when the notice is written (lib/push/notices.ts), by the same
    // rule as the tablet's day; the key still says "looked at", so it is not looked at again.
    for (const { memberId } of routine.assignments)
      await notify(`reminder:${routine.id}:${memberId}:${date}`, family.id, "routineReminders", {
        kind: "reminder",
        routineId: routine.id,
        kidId: memberId,
        date,
      });
  }
  for (const kid of kids) {
    const family = byId.get(kid.familyId)!;
    const weekStart = weeklySummaryDue(
      now,
      family.timeZone,
      family.weekStart,
      family.dayStartMinute,
    );
    if (weekStart)
      await notify(`weekly:${kid.id}:${weekStart}`, family.id, "weeklySummary", {
        kind: "weekly",
        kidId: kid.id,
        weekStart,
      });
  }
  return made;
}

/** Kept as long as the outbox: far past the half hour in which a late run could make one again. */
export async function prunePushNotices(now = new Date()) {
  const { count } = await db.pushNotice.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - RETENTION_DAYS * 24 * 3600 * 1000) } },
  });
  return count;
}
