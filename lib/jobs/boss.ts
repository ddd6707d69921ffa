// The job queue (issue 19): pg-boss on the app's own PostgreSQL (schema "pgboss", created and
// migrated by pg-boss itself), running inside every app process. Several processes on one
// database share the work safely: a job is fetched by exactly one of them (SKIP LOCKED), a job
// whose process died is fetched again when it expires, and a failed one is retried with backoff.
// pg-boss 10 (Node ≥ 20; 11 and later need Node 22): decision 021.
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";

export const QUEUES = {
  /** One webhook delivery (lib/webhooks/deliver.ts): data { deliveryId }. */
  webhook: "webhook-delivery",
  /** A kid's state to MQTT after a change (lib/mqtt/publisher.ts): data { familyId, kidId }. */
  mqttState: "mqtt-state",
  /** Daily: old dispatched events and their deliveries deleted (lib/outbox/retention.ts). */
  outboxCleanup: "outbox-cleanup",
  /** One push notification to one parent device (lib/push/send.ts): data { subscriptionId, notice }. */
  push: "push-notification",
  /** Every minute: routines' end-of-window reminders and weekly summaries (lib/push/schedule.ts). */
  pushSchedule: "push-schedule",
  /** Every 5 minutes: allowances due paid, savings goals reached (lib/money/allowance.ts). */
  allowance: "allowance-payouts",
} as const;

export type JobOptions = {
  connectionString: string;
  /** pg-boss's schema: "pgboss" for the app; tests use their own, apart from it. */
  schema?: string;
  /** How often a process looks for jobs whose process died (expired) and for old jobs. */
  maintenanceIntervalSeconds?: number;
  /** Seconds between retries (doubling with each, from pg-boss's backoff). */
  retryDelaySeconds?: number;
  retryLimit?: number;
  /** A job not finished within this is taken to have died with its process, and runs again. */
  expireInSeconds?: number;
  pollingIntervalSeconds?: number;
};

export const JOB_DEFAULTS = {
  retryDelaySeconds: 10,
  retryLimit: 6, // 10 s, 20 s, 40 s … about 10 minutes in all
  expireInSeconds: 60,
  pollingIntervalSeconds: 2,
} satisfies Omit<JobOptions, "connectionString">;

/** A started queue client with the app's queues created. */
export async function startBoss(options: JobOptions): Promise<PgBoss> {
  const settings = { ...JOB_DEFAULTS, ...options };
  const boss = new PgBoss({
    connectionString: settings.connectionString,
    schema: settings.schema ?? "pgboss",
    application_name: "family-routines-jobs",
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 60,
    // Its own few connections, apart from Prisma's pool.
    max: 3,
    // A finished job is kept a week (its row is the record), then deleted.
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => console.warn(`[jobs] ${error.message}`));
  await boss.start();
  // Instances starting together on a new database create the same queues at once, and pg-boss's
  // queue creation (a table per queue) can deadlock with itself: the loser tries again.
  for (let attempt = 1; ; attempt++) {
    try {
      await setUpQueues(boss, settings);
      break;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== "40P01" && code !== "23505")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
  return boss;
}

/** The app's queues, with this start's settings (createQueue keeps a queue's first ones). */
async function setUpQueues(boss: PgBoss, settings: typeof JOB_DEFAULTS & JobOptions) {
  await boss.createQueue(QUEUES.webhook, {
    name: QUEUES.webhook,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.expireInSeconds,
  });
  // A kid's state is recomputed whole each time: a failed publish is simply tried again soon.
  await boss.createQueue(QUEUES.mqttState, {
    name: QUEUES.mqttState,
    retryLimit: 3,
    retryDelay: 2,
    expireInSeconds: 30,
  });
  await boss.createQueue(QUEUES.outboxCleanup, { name: QUEUES.outboxCleanup, retryLimit: 2 });
  // A push service that is busy or away is tried again, as a webhook's receiver is.
  const push = {
    name: QUEUES.push,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.expireInSeconds,
  };
  await boss.createQueue(QUEUES.push, push);
  // A minute missed is made up by the next (each notice looks back half an hour).
  await boss.createQueue(QUEUES.pushSchedule, {
    name: QUEUES.pushSchedule,
    retryLimit: 0,
    expireInSeconds: 55,
  });
  await boss.schedule(QUEUES.pushSchedule, "* * * * *");
  // Paydays are days: within 5 minutes of the family's day start is on time. A run missed is
  // made up by the next (every payday since the last one paid is paid).
  await boss.createQueue(QUEUES.allowance, {
    name: QUEUES.allowance,
    retryLimit: 0,
    expireInSeconds: 240,
  });
  await boss.schedule(QUEUES.allowance, "*/5 * * * *");
  // Once a day across all instances (pg-boss's cron makes one job per slot), at night.
  await boss.schedule(QUEUES.outboxCleanup, "17 3 * * *");
  // createQueue keeps a queue's first settings: these follow the configuration of this start.
  await boss.updateQueue(QUEUES.webhook, {
    name: QUEUES.webhook,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.expireInSeconds,
  });
  await boss.updateQueue(QUEUES.push, push);
}

/**
 * pg-boss writing through a Prisma transaction: a job sent this way exists exactly when the
 * transaction commits (the outbox's deliveries and their jobs, lib/outbox/dispatch.ts).
 */
export function inTransaction(tx: Prisma.TransactionClient) {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
}
