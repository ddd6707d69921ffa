// Webhook delivery (issue 19), against the real database and a real HTTP receiver: a flaky
// receiver gets exactly one accepted delivery, signed, the same bytes each time; deliveries a
// restore brings back without their jobs are still sent, once; and a process dying mid-delivery
// loses nothing. A receiver must be able to trust each event arrives, once, and is ours. The
// runners use a pg-boss schema of their own, apart from any app server's.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { RunnerOptions } from "@/lib/jobs/runner";
import { testRunners, until } from "@/lib/testing/jobs";
import { createWebhook } from "@/lib/webhooks/queries";
import { verifySignature } from "@/lib/webhooks/rules";
import { eventsOf, family, testReceivers } from "@/lib/webhooks/testing";
import { eventBodySchema } from "@/lib/outbox/events";

const runners = testRunners();
const receiver = testReceivers();
afterAll(async () => {
  await runners.stopAll();
  await db.$disconnect();
});

const runner = (options: Partial<RunnerOptions> = {}) => runners.start(options);

describe("webhooks", () => {
  it("deliver once to a receiver that fails 3 times first, signed, the same bytes each time", async () => {
    const { familyId, parentId, check } = await family();
    const hook = await receiver((n) => (n <= 3 ? 500 : 200));
    const { secret } = await createWebhook(familyId, parentId, {
      url: hook.url,
      events: ["routine.completed"],
    });
    const jobs = await runner({ familyIds: [familyId] });
    await check();
    await jobs.dispatchNow();
    const delivery = await until(
      () => db.webhookDelivery.findFirstOrThrow({ where: { familyId } }),
      (d) => d.status !== "PENDING",
    );
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 4, lastStatus: 200 });
    expect(hook.received.map((r) => r.status)).toEqual([500, 500, 500, 200]);
    const accepted = hook.received.filter((r) => r.status === 200);
    expect(accepted).toHaveLength(1);
    expect(new Set(hook.received.map((r) => r.id))).toEqual(new Set([delivery.id]));
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
    expect(verifySignature(secret, accepted[0]!.signature, accepted[0]!.body)).toBe(true);
    expect(verifySignature("whsec_other", accepted[0]!.signature, accepted[0]!.body)).toBe(false);
    expect(eventBodySchema("routine.completed").parse(JSON.parse(accepted[0]!.body))).toMatchObject(
      { type: "routine.completed", familyId },
    );
  }, 40_000);

  // Two real processes, and one killed mid-delivery: lib/jobs/processes.integration.test.ts.

  it("are sent after a restore, which brings back waiting deliveries but not their jobs", async () => {
    const { familyId, parentId, check } = await family();
    const hook = await receiver(() => 200);
    const { id: endpointId } = await createWebhook(familyId, parentId, {
      url: hook.url,
      events: ["check.added"],
    });
    await check();
    const [event] = await eventsOf(familyId);
    // As a restore leaves it: dispatched, its delivery waiting, no job in pg-boss's tables.
    await db.outboxEvent.update({ where: { id: event!.id }, data: { dispatchedAt: new Date() } });
    const delivery = await db.webhookDelivery.create({
      data: {
        familyId,
        endpointId,
        eventId: event!.id,
        eventType: event!.type,
        body: JSON.stringify({ id: String(event!.id) }),
        createdAt: new Date(Date.now() - 5 * 60_000),
      },
    });
    await runner({ familyIds: [familyId] });
    await until(
      () => db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } }),
      (d) => d.status === "DELIVERED",
    );
    expect(hook.received.map((r) => r.id)).toEqual([delivery.id]);
    // A second process starting finds it delivered: nothing is sent again.
    await runner({ familyIds: [familyId] });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(hook.received).toHaveLength(1);
  }, 40_000);

  it("lose nothing when the process delivering dies: another one delivers it", async () => {
    // The earlier tests' runners work the same queue: any of them could take the job first (seen
    // under load, through PgBouncer).
    await runners.stopRunning();
    const { familyId, parentId, check } = await family();
    const hook = await receiver(() => 200);
    await createWebhook(familyId, parentId, { url: hook.url, events: ["check.added"] });
    // A process that takes the job and never gets an answer (it dies mid-delivery).
    let taken = false;
    const dying = await runner({
      familyIds: [familyId],
      fetch: () => {
        taken = true;
        return new Promise<Response>(() => undefined);
      },
    });
    await check();
    await dying.dispatchNow();
    await until(async () => taken, Boolean);
    await dying.boss.stop({ graceful: false, wait: false });
    await runner({ familyIds: [familyId] }); // the survivor: the job expires (3 s) and runs here
    const delivery = await until(
      () => db.webhookDelivery.findFirstOrThrow({ where: { familyId } }),
      (d) => d.status === "DELIVERED",
    );
    expect(hook.received.map((r) => r.id)).toEqual([delivery.id]);
  }, 40_000);
});
