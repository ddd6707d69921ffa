import "server-only";
// A family's webhooks and their deliveries (issue 19). Every query is scoped by family.
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { EventType } from "@/lib/outbox/events";
import { newWebhookSecret } from "@/lib/webhooks/rules";

/** Enough for Home Assistant, a script and a spare; more is a mistake, not a need. */
export const MAX_WEBHOOKS = 10;

export async function createWebhook(
  familyId: string,
  createdById: string,
  input: { url: string; events: EventType[] },
) {
  const count = await db.webhookEndpoint.count({ where: { familyId } });
  if (count >= MAX_WEBHOOKS)
    throw new DomainError("A family has at most 10 webhooks. Remove one first.");
  const secret = newWebhookSecret();
  const created = await db.webhookEndpoint.create({
    data: { familyId, createdById, url: input.url, events: input.events, secret },
    select: { id: true },
  });
  return { id: created.id, secret };
}

export async function deleteWebhook(familyId: string, webhookId: string) {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: webhookId, familyId } });
  if (count === 0) throw new NotFoundError("That webhook");
}

/** After the receiver was fixed: deliveries start again (missed events are not replayed). */
export async function enableWebhook(familyId: string, webhookId: string) {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: webhookId, familyId },
    data: { disabledAt: null, consecutiveFailures: 0 },
  });
  if (count === 0) throw new NotFoundError("That webhook");
}

/** The family's webhooks with their latest deliveries, for the Family page. */
export async function listWebhooks(familyId: string, deliveriesEach = 5) {
  return db.webhookEndpoint.findMany({
    where: { familyId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      events: true,
      createdAt: true,
      disabledAt: true,
      consecutiveFailures: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: deliveriesEach,
        select: {
          id: true,
          eventType: true,
          status: true,
          attempts: true,
          lastStatus: true,
          lastError: true,
          createdAt: true,
          deliveredAt: true,
        },
      },
    },
  });
}
