import "server-only";
// The background work of one app process (issue 19): the job queue's workers and the outbox's
// dispatcher. Every process runs one; together they share the work (lib/jobs/boss.ts). The
// dispatcher wakes on the outbox's NOTIFY (sent at commit by the trigger that records an event)
// and every few seconds anyway, so a notification missed while reconnecting delays an event, never
// loses it.
import type PgBoss from "pg-boss";
import { QUEUES, startBoss, type JobOptions } from "@/lib/jobs/boss";
import { dispatchWaiting } from "@/lib/outbox/dispatch";
import { attemptDelivery, type DeliverySettings } from "@/lib/webhooks/deliver";
import { connectPublisher, type MqttSettings, type Publisher } from "@/lib/mqtt/publisher";

export type RunnerOptions = JobOptions &
  DeliverySettings & {
    /** Wake on the outbox's notifications (the app); tests call dispatchNow() themselves. */
    onOutbox?: (wake: () => void) => void;
    dispatchIntervalMs?: number;
    /** Deliveries under way at once in this process. */
    workers?: number;
    /** Home Assistant over MQTT, when MQTT_URL is set. */
    mqtt?: MqttSettings;
    /** How often discovery and every kid's state are published again anyway (ms). */
    mqttRefreshMs?: number;
  };

export type Runner = {
  boss: PgBoss;
  publisher: Publisher | null;
  /** Dispatches every waiting event now (and again if more arrive meanwhile). */
  dispatchNow: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startRunner(options: RunnerOptions): Promise<Runner> {
  const boss = await startBoss(options);
  // Several workers: a slow receiver holds up one delivery, not every family's.
  const deliver = async ([job]: PgBoss.JobWithMetadata<{ deliveryId: string }>[]) => {
    if (!job) return;
    const final = job.retryCount >= job.retryLimit;
    const outcome = await attemptDelivery(job.data.deliveryId, final, options);
    // Thrown, the job fails this attempt and pg-boss runs it again after the backoff.
    if (outcome === "retry") throw new Error(`delivery ${job.data.deliveryId}: will retry`);
  };
  const workerIds: string[] = await Promise.all(
    Array.from({ length: options.workers ?? 4 }, () =>
      boss.work<{ deliveryId: string }>(
        QUEUES.webhook,
        { includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        deliver,
      ),
    ),
  );

  // MQTT: a kid's state after each change, and everything again now and then (new kids and
  // routines have no event of their own; a state missed while the broker was away comes back).
  const publisher = options.mqtt ? await connectPublisher(options.mqtt) : null;
  let refreshTimer: NodeJS.Timeout | undefined;
  if (publisher) {
    const stateWorker = await boss.work<{ familyId: string; kidId: string }>(
      QUEUES.mqttState,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]) => {
        if (job) await publisher.publishKid(job.data.familyId, job.data.kidId);
      },
    );
    workerIds.push(stateWorker);
    const refresh = () =>
      publisher.refresh().catch((error: Error) => console.warn(`[mqtt] ${error.message}`));
    void refresh();
    refreshTimer = setInterval(refresh, options.mqttRefreshMs ?? 5 * 60_000);
    refreshTimer.unref();
  }

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
          while ((await dispatchWaiting(boss, { mqtt: publisher !== null })) > 0) dispatched++;
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
  options.onOutbox?.(() => void dispatchNow());
  const timer = setInterval(() => void dispatchNow(), options.dispatchIntervalMs ?? 5_000);
  timer.unref();
  void dispatchNow();

  return {
    boss,
    publisher,
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
