import "server-only";
// The outbox keeps what happened for a while (the webhooks' delivery log hangs off it), not for
// ever: every check adds a row. A daily job (lib/jobs/runner.ts, once across all instances by
// pg-boss's cron) deletes events dispatched more than RETENTION_DAYS ago, with their deliveries.
import { db } from "@/lib/db";

export const RETENTION_DAYS = 30;

/** Deletes old dispatched events (and their deliveries); how many events went. */
export async function pruneOutbox(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
  // In slices, so a first run on a big table never holds one long transaction.
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      DELETE FROM "outbox_events" WHERE "id" IN (
        SELECT "id" FROM "outbox_events"
        WHERE "dispatchedAt" IS NOT NULL AND "dispatchedAt" < ${before}
        ORDER BY "id" LIMIT 5000)`;
    total += deleted;
    if (deleted < 5000) return total;
  }
}
