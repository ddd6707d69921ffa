import "server-only";
// From the outbox to deliveries (issue 19). Each waiting event becomes one delivery per webhook of
// its family that asked for its type, each with its job (and a reward request, a push to each
// parent device that wants one), and the event is marked dispatched: all
// in one transaction, so a process that dies half-way leaves the events waiting for the next
// dispatcher, and one that finishes cannot have made a delivery twice. Several processes may
// dispatch at once: each claims other events (FOR UPDATE SKIP LOCKED).
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { QUEUES, inTransaction } from "@/lib/jobs/boss";
import { eventBody } from "@/lib/outbox/events";
import { queueRewardPushes } from "@/lib/push/schedule";

type Waiting = { id: bigint; familyId: string; type: string; data: unknown; createdAt: Date };

/**
 * points.changed says the kid's balance after the change: the ledger summed up to the change's
 * own transaction (its entries share the transaction's now()). Here, per batch, rather than in the
 * trigger, where it would cost every check-off a scan of the kid's history; and in one statement
 * for the whole batch, not one per event: a busy family's batch is many such events, and each
 * statement is a round trip inside the dispatch's transaction.
 */
async function addBalances(tx: Prisma.TransactionClient, events: Waiting[]) {
  const changes = events.filter((event) => event.type === "points.changed");
  if (changes.length === 0) return;
  const data = changes.map((event) => event.data as { kidId: string; entryId: string });
  const rows = await tx.$queryRaw<{ i: bigint; balance: number }[]>`
    SELECT x.i, COALESCE((
        SELECT SUM(p."delta") FROM "points_entries" p
        WHERE p."memberId" = x.kid AND p."familyId" = x.family
          AND p."createdAt" <= (SELECT e."createdAt" FROM "points_entries" e WHERE e."id" = x.entry)
      ), 0)::int AS balance
    FROM unnest(${data.map((d) => d.kidId)}::uuid[], ${changes.map((e) => e.familyId)}::uuid[],
                ${data.map((d) => d.entryId)}::uuid[]) WITH ORDINALITY AS x(kid, family, entry, i)`;
  for (const { i, balance } of rows) {
    const index = Number(i) - 1;
    changes[index]!.data = { ...data[index], balance };
  }
}

/**
 * Dispatches up to `limit` waiting events, oldest first; the number dispatched. `mqtt`: also a
 * state job per kid the events concern (one per kid per batch, however many events).
 */
export async function dispatchWaiting(
  boss: PgBoss,
  options: { limit?: number; mqtt?: boolean; familyIds?: string[] } = {},
): Promise<number> {
  const limit = options.limit ?? 200;
  // Tests only: runners of parallel test files each take their own families' events.
  const scope = options.familyIds
    ? Prisma.sql`AND "familyId" = ANY(${options.familyIds}::uuid[])`
    : Prisma.empty;
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<Waiting[]>`
      SELECT "id", "familyId", "type", "data", "createdAt" FROM "outbox_events"
      WHERE "dispatchedAt" IS NULL ${scope} ORDER BY "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    await addBalances(tx, events);
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { familyId: { in: [...new Set(events.map((e) => e.familyId))] }, disabledAt: null },
      select: { id: true, familyId: true, events: true },
    });
    const deliveries = events.flatMap((event) =>
      endpoints
        .filter((e) => e.familyId === event.familyId && e.events.includes(event.type))
        .map((endpoint) => ({
          id: randomUUID(),
          familyId: event.familyId,
          endpointId: endpoint.id,
          eventId: event.id,
          eventType: event.type,
          body: JSON.stringify(eventBody(event)),
        })),
    );
    if (deliveries.length > 0) {
      await tx.webhookDelivery.createMany({ data: deliveries });
      await boss.insert(
        deliveries.map((delivery) => ({
          name: QUEUES.webhook,
          data: { deliveryId: delivery.id },
        })),
        { db: inTransaction(tx) },
      );
    }
    if (options.mqtt) {
      const kids = new Map<string, { familyId: string; kidId: string }>();
      for (const event of events) {
        const kidId = (event.data as { kidId?: unknown }).kidId;
        if (typeof kidId === "string") kids.set(kidId, { familyId: event.familyId, kidId });
      }
      if (kids.size > 0)
        await boss.insert(
          [...kids.values()].map((data) => ({ name: QUEUES.mqttState, data })),
          { db: inTransaction(tx) },
        );
    }
    await queueRewardPushes(
      boss,
      tx,
      events
        .filter((e) => e.type === "reward.requested")
        .map((e) => ({
          familyId: e.familyId,
          requestId: (e.data as { requestId: string }).requestId,
        })),
    );
    await tx.outboxEvent.updateMany({
      where: { id: { in: events.map((e) => e.id) } },
      data: { dispatchedAt: new Date() },
    });
    return events.length;
  });
}

/**
 * Deliveries still waiting whose job is gone: the backups hold the app's tables but not pg-boss's
 * (decision 010), so after a restore a PENDING delivery would wait for ever. Given its job again
 * when a process starts and daily; the number re-queued. A minute's grace leaves alone a delivery
 * whose job is being written in another process's dispatch.
 */
export async function requeueStranded(
  boss: PgBoss,
  schema: string,
  options: { familyIds?: string[] } = {},
): Promise<number> {
  const scope = options.familyIds
    ? Prisma.sql`AND d."familyId" = ANY(${options.familyIds}::uuid[])`
    : Prisma.empty;
  const jobs = Prisma.raw(`"${schema.replace(/"/g, "")}".job`);
  const stranded = await db.$queryRaw<{ id: string }[]>`
    SELECT d."id" FROM "webhook_deliveries" d
    WHERE d."status" = 'PENDING' AND d."createdAt" < now() - interval '1 minute' ${scope}
      AND NOT EXISTS (
        SELECT 1 FROM ${jobs} j
        WHERE j.name = ${QUEUES.webhook} AND j.data->>'deliveryId' = d."id"::text
          AND j.state IN ('created', 'retry', 'active'))`;
  if (stranded.length > 0)
    await boss.insert(
      stranded.map(({ id }) => ({ name: QUEUES.webhook, data: { deliveryId: id } })),
    );
  return stranded.length;
}
