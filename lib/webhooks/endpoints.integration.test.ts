// Webhook endpoints (issue 19), against the real database and a real HTTP receiver: an endpoint
// turns itself off after five failed deliveries in a row, sends nothing more, says when, and
// starts afresh when turned on again, so a dead receiver does not cost a retry per event forever;
// and an endpoint belongs to its family: another family can neither turn it on nor remove it.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attemptDelivery } from "@/lib/webhooks/deliver";
import { createWebhook, deleteWebhook, enableWebhook, listWebhooks } from "@/lib/webhooks/queries";
import { DISABLE_AFTER_FAILURES } from "@/lib/webhooks/rules";
import { family, testReceivers } from "@/lib/webhooks/testing";
import { NotFoundError } from "@/lib/errors";

const receiver = testReceivers();
afterAll(async () => {
  await db.$disconnect();
});

describe("webhooks", () => {
  it("turn off after five failed deliveries in a row, send nothing more, and start afresh when turned on", async () => {
    const { familyId, parentId } = await family();
    const hook = await receiver(() => 500);
    const { id } = await createWebhook(familyId, parentId, {
      url: hook.url,
      events: ["check.added"],
    });
    const deliveries: string[] = [];
    for (let i = 0; i < DISABLE_AFTER_FAILURES + 1; i++) {
      const event = await db.outboxEvent.create({
        data: { familyId, type: "check.added", data: { n: i }, dispatchedAt: new Date() },
      });
      const delivery = await db.webhookDelivery.create({
        data: { familyId, endpointId: id, eventId: event.id, eventType: "check.added", body: "{}" },
      });
      deliveries.push(delivery.id);
    }
    const settings = { allowPrivate: true };
    const outcomes = [];
    // Each the last attempt of its delivery (as after pg-boss's retries).
    for (const delivery of deliveries)
      outcomes.push(await attemptDelivery(delivery, true, settings));
    expect(outcomes).toEqual(Array(DISABLE_AFTER_FAILURES + 1).fill("failed"));
    expect(hook.received).toHaveLength(DISABLE_AFTER_FAILURES); // the sixth was not sent
    const off = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(off.disabledAt).not.toBeNull();
    expect(off.consecutiveFailures).toBe(DISABLE_AFTER_FAILURES);
    expect(
      await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveries.at(-1)! } }),
    ).toMatchObject({ status: "FAILED", lastError: "The webhook was disabled." });
    // The notice the Family page shows says when.
    expect((await listWebhooks(familyId)).find((w) => w.id === id)?.disabledAt).toEqual(
      off.disabledAt,
    );

    await enableWebhook(familyId, id);
    const on = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect([on.disabledAt, on.consecutiveFailures]).toEqual([null, 0]);
    await expect(enableWebhook((await family()).familyId, id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("belong to their family: another family cannot remove one", async () => {
    const mine = await family();
    const theirs = await family();
    const { id } = await createWebhook(mine.familyId, mine.parentId, {
      url: "http://127.0.0.1:9/hook",
      events: ["check.added"],
    });
    await expect(deleteWebhook(theirs.familyId, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.webhookEndpoint.count({ where: { id } })).toBe(1);
  });
});
