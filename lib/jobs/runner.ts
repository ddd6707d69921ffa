import "server-only";
// The background work of one app process (issue 19): the job queue's workers (webhooks, MQTT,
// push notifications, the minute's reminders) and the outbox's dispatcher. Every process runs one; together they share the work (lib/jobs/boss.ts). The
// dispatcher looks for waiting events 4 times a second (one index probe when there are none):
// a NOTIFY from the trigger would wake it sooner but costs every check-off a cluster-wide lock at
// commit (decision 021).
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { QUEUES, startBoss, type JobOptions } from "@/lib/jobs/boss";
import { dispatchWaiting, requeueStranded } from "@/lib/outbox/dispatch";
import { pruneOutbox } from "@/lib/outbox/retention";
import { attemptDelivery, type DeliverySettings } from "@/lib/webhooks/deliver";
import { connectPublisher, type MqttSettings, type Publisher } from "@/lib/mqtt/publisher";
import { payAllowances } from "@/lib/money/allowance";
import { markReachedGoals } from "@/lib/money/goals";
import { prunePushNotices, queueGoalPushes, scheduleNotices } from "@/lib/push/schedule";
import { type PushJob, type PushSettings, sendPush } from "@/lib/push/send";

export type RunnerOptions = JobOptions &
  DeliverySettings & {
    /** How often the outbox is looked at (ms); tests set it long and call dispatchNow(). */
    dispatchIntervalMs?: number;
    /** Delivery workers in this process, each with up to `batchSize` deliveries under way. */
    workers?: number;
    batchSize?: number;
    /** Home Assistant over MQTT, when MQTT_URL is set. */
    mqtt?: MqttSettings;
    /** How often discovery and every kid's state are published again anyway (ms). */
    mqttRefreshMs?: number;
    /** Tests only: dispatch these families' events, not those of a parallel test file. */
    familyIds?: string[];
    /** Tests only: how push notifications reach the push service. */
    pushFetch?: typeof fetch;
    /**
     * Tests only: false leaves the minute's reminders and summaries and the paydays to the test,
     * at the time it means. Run by the wall clock, they sent a Sunday evening's weekly summary
     * into a test that counted one push (CI failed on a Sunday at 18:00 in Stockholm).
     */
    clockWork?: boolean;
  };

/** What this process has done since it started (logged when it stops). */
export type RunnerStats = { webhooks: Record<string, number>; pushes: Record<string, number> };

export type Runner = {
  boss: PgBoss;
  publisher: Publisher | null;
  stats: () => RunnerStats;
  /** Dispatches every waiting event now (and again if more arrive meanwhile). */
  dispatchNow: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startRunner(options: RunnerOptions): Promise<Runner> {
  const boss = await startBoss(options);
  const counts: RunnerStats = { webhooks: {}, pushes: {} };
  const count = (kind: keyof RunnerStats, outcome: string) =>
    (counts[kind][outcome] = (counts[kind][outcome] ?? 0) + 1);
  // Deliveries in batches, each delivered on its own (a slow receiver holds up its own delivery,
  // not the batch's others): a delivery to retry is failed by itself, and pg-boss completes the
  // rest. A full batch asks for the next one at once instead of after the polling interval.
  const batchSize = options.batchSize ?? 25;
  const workerIds: string[] = [];
  const deliver =
    (worker: () => string) => async (jobs: PgBoss.JobWithMetadata<{ deliveryId: string }>[]) => {
      await Promise.all(
        jobs.map(async (job) => {
          const final = job.retryCount >= job.retryLimit;
          const outcome = await attemptDelivery(job.data.deliveryId, final, options).catch(
            (error: Error) => (console.warn(`[webhooks] ${error.message}`), "retry" as const),
          );
          count("webhooks", outcome);
          // Failed now, the job runs again after the backoff; pg-boss completes the others.
          if (outcome === "retry")
            await boss.fail(QUEUES.webhook, job.id, { message: "will retry" });
        }),
      );
      if (jobs.length === batchSize) boss.notifyWorker(worker());
    };
  for (let n = 0; n < (options.workers ?? 2); n++) {
    let id = "";
    id = await boss.work<{ deliveryId: string }>(
      QUEUES.webhook,
      {
        includeMetadata: true,
        batchSize,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      },
      deliver(() => id),
    );
    workerIds.push(id);
  }

  // Deliveries left without a job (a restore) get one now and every day.
  const requeue = async () => {
    const count = await requeueStranded(boss, options.schema ?? "pgboss", {
      familyIds: options.familyIds,
    });
    if (count > 0) console.info(`[jobs] ${count} waiting webhook deliveries queued again`);
  };
  await requeue().catch((error: Error) => console.warn(`[jobs] ${error.message}`));
  await boss.work(QUEUES.outboxCleanup, async () => {
    const deleted = await pruneOutbox();
    if (deleted > 0) console.info(`[jobs] outbox: ${deleted} old events deleted`);
    await prunePushNotices();
    await requeue();
  });

  // Parents' push notifications: one job per device, retried like a webhook.
  const pushSettings: PushSettings = {
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeoutMs,
    fetch: options.pushFetch,
  };
  workerIds.push(
    await boss.work<PushJob>(
      QUEUES.push,
      {
        includeMetadata: true,
        batchSize: 10,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      },
      async (jobs) => {
        await Promise.all(
          jobs.map(async (job) => {
            const outcome = await sendPush(job.data, pushSettings).catch(
              (error: Error) => (console.warn(`[push] ${error.message}`), "retry" as const),
            );
            count("pushes", outcome);
            if (outcome === "retry")
              await boss.fail(QUEUES.push, job.id, { message: "will retry" });
          }),
        );
      },
    ),
  );
  if (options.clockWork ?? true) {
    await boss.work(QUEUES.allowance, async () => {
      await payAllowances(new Date(), { familyIds: options.familyIds });
      await queueGoalPushes(boss, await markReachedGoals({ familyIds: options.familyIds }));
    });
    await boss.work(QUEUES.pushSchedule, async () => {
      await scheduleNotices(boss, new Date(), { familyIds: options.familyIds });
    });
  }

  // MQTT: a kid's state after each change, and everything again now and then (new kids and
  // routines have no event of their own; a state missed while the broker was away comes back).
  const publisher = options.mqtt ? await connectPublisher(options.mqtt) : null;
  let refreshTimer: NodeJS.Timeout | undefined;
  if (publisher) {
    // In batches, each kid published once per batch (its state is read whole, so one publish
    // covers every job of it), a full batch asking for the next at once: one job per polling
    // interval let a busy hour's states fall minutes behind (found by bench:webhooks).
    let stateWorker = "";
    stateWorker = await boss.work<{ familyId: string; kidId: string }>(
      QUEUES.mqttState,
      { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        const kids = new Map(jobs.map((job) => [job.data.kidId, job.data.familyId]));
        for (const [kidId, familyId] of kids) await publisher.publishKid(familyId, kidId);
        if (jobs.length === batchSize) boss.notifyWorker(stateWorker);
      },
    );
    workerIds.push(stateWorker);
    const refresh = () =>
      publisher.refresh().catch((error: Error) => console.warn(`[mqtt] ${error.message}`));
    void refresh();
    refreshTimer = setInterval(refresh, options.mqttRefreshMs ?? 5 * 60_000);
    refreshTimer.unref();
  }

  // Most looks find nothing: then one index probe, not a transaction.
  const dispatchIfWaiting = async () => {
    if (running) return;
    const waiting = await db.$queryRaw<unknown[]>`
      SELECT 1 FROM "outbox_events" WHERE "dispatchedAt" IS NULL LIMIT 1`.catch(() => []);
    if (waiting.length > 0) await dispatchNow();
  };

  let running: Promise<void> | null = null;
  let again = false;
  const dispatchNow = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          let dispatched = 0;
          const scope = { mqtt: publisher !== null, familyIds: options.familyIds };
          while ((await dispatchWaiting(boss, scope)) > 0) dispatched++;
          // New jobs: this process's worker fetches now instead of at its next poll.
          if (dispatched > 0) for (const id of workerIds) boss.notifyWorker(id);
        } while (again);
      } catch (error) {
        console.warn(`[jobs] dispatch: ${(error as Error).message}`);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void dispatchIfWaiting(), options.dispatchIntervalMs ?? 250);
  timer.unref();
  void dispatchNow();

  return {
    boss,
    publisher,
    stats: () => structuredClone(counts),
    dispatchNow,
    async stop() {
      clearInterval(timer);
      clearInterval(refreshTimer);
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
      await publisher?.close();
    },
  };
}
