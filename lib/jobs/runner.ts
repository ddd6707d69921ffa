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

export type RunnerOptions = JobOptions &
  DeliverySettings & {
    /** Wake on the outbox's notifications (the app); tests call dispatchNow() themselves. */
    onOutbox?: (wake: () => void) => void;
    dispatchIntervalMs?: number;
    /** Deliveries under way at once in this process. */
    workers?: number;
  };

export type Runner = {
  boss: PgBoss;
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
  const workerIds = await Promise.all(
    Array.from({ length: options.workers ?? 4 }, () =>
      boss.work<{ deliveryId: string }>(
        QUEUES.webhook,
        { includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        deliver,
      ),
    ),
  );

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
          while ((await dispatchWaiting(boss)) > 0) dispatched++;
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
    dispatchNow,
    async stop() {
      clearInterval(timer);
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
}
