// Webhook events in the outbox (issue 19), against the real database: an event is written with
// its change, in the same transaction, or not at all (a rolled-back change must not be announced,
// a committed one must be, once); every event type's body, as a receiver gets it, says what the
// OpenAPI document says; and dispatched events are pruned after 30 days, waiting ones never, so
// the table stays small without losing what was not sent. The runners use a pg-boss schema of
// their own, apart from any app server's.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { RunnerOptions } from "@/lib/jobs/runner";
import { testRunners } from "@/lib/testing/jobs";
import { createWebhook } from "@/lib/webhooks/queries";
import { eventsOf, family } from "@/lib/webhooks/testing";
import { createHabit } from "@/lib/testing/factories";
import { EVENT_TYPES, eventBodySchema } from "@/lib/outbox/events";
import { pruneOutbox } from "@/lib/outbox/retention";

const runners = testRunners();
afterAll(async () => {
  await runners.stopAll();
  await db.$disconnect();
});

const runner = (options: Partial<RunnerOptions> = {}) => runners.start(options);

describe("events", () => {
  it("are written with the change, in its transaction: none for a rollback, once for a commit", async () => {
    const { familyId, kidId, check } = await family();
    const reward = await db.reward.create({
      data: { familyId, name: `Treat ${randomUUID()}`, emoji: "🍦", cost: 1 },
    });
    await expect(
      db.$transaction(async (tx) => {
        await tx.rewardRequest.create({
          data: { familyId, memberId: kidId, rewardId: reward.id, cost: 1 },
        });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await eventsOf(familyId)).toEqual([]);

    const result = await check();
    expect(result.routineCompleted).toBe(true);
    await check(); // a repeat stores nothing, so it says nothing
    const events = await eventsOf(familyId);
    expect(events.map((e) => e.type)).toEqual([
      "check.added",
      "routine.completed",
      "points.changed",
    ]);
    expect(events[0]!.data).toMatchObject({ checkId: result.checkId, kidId });
    expect(events[2]!.data).toMatchObject({ kidId, delta: 10, source: "ROUTINE" });
  });

  it("say what the OpenAPI document says, for every type", async () => {
    const { familyId, kidId, parentId, check } = await family();
    await check();
    const habit = await createHabit(db, familyId, kidId);
    await db.habitLog.create({
      data: { familyId, habitId: habit.id, localDate: new Date("2026-11-30"), count: 2 },
    });
    const reward = await db.reward.create({
      data: { familyId, name: `Treat ${randomUUID()}`, emoji: "🍦", cost: 1 },
    });
    for (const status of ["APPROVED", "DENIED"] as const) {
      const request = await db.rewardRequest.create({
        data: { familyId, memberId: kidId, rewardId: reward.id, cost: 1 },
      });
      await db.rewardRequest.update({
        where: { id: request.id },
        data: { status, decidedById: parentId, decidedAt: new Date() },
      });
      // Another change of the row that is not an answer says nothing.
      await db.rewardRequest.update({ where: { id: request.id }, data: { cost: 2 } });
    }
    const events = await eventsOf(familyId);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    expect(events.filter((e) => e.type.startsWith("reward."))).toHaveLength(4);
    // The bodies as a webhook receives them (the dispatcher adds the stars' balance).
    await createWebhook(familyId, parentId, {
      url: "http://127.0.0.1:9/",
      events: [...EVENT_TYPES],
    });
    await (await runner({ workers: 0, familyIds: [familyId] })).dispatchNow();
    const bodies = await db.webhookDelivery.findMany({
      where: { familyId },
      orderBy: { eventId: "asc" },
    });
    expect(bodies).toHaveLength(events.length);
    for (const { body, eventType } of bodies) {
      const parsed = JSON.parse(body) as { type: (typeof EVENT_TYPES)[number] };
      expect(() => eventBodySchema(parsed.type).parse(parsed), eventType).not.toThrow();
    }
    const points = bodies
      .filter((b) => b.eventType === "points.changed")
      .map((b) => JSON.parse(b.body));
    expect(points.map((p) => p.data.balance)).toEqual([10]); // the routine's award
  });
});

describe("the outbox's retention", () => {
  it("deletes events dispatched over 30 days ago with their deliveries, keeps the rest", async () => {
    const { familyId, parentId, check } = await family();
    await check();
    const [old, recent, waiting] = await eventsOf(familyId);
    const { id: endpointId } = await createWebhook(familyId, parentId, {
      url: "http://127.0.0.1:9/",
      events: ["check.added"],
    });
    await db.webhookDelivery.create({
      data: { familyId, endpointId, eventId: old!.id, eventType: old!.type, body: "{}" },
    });
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
    await db.outboxEvent.update({ where: { id: old!.id }, data: { dispatchedAt: daysAgo(31) } });
    await db.outboxEvent.update({ where: { id: recent!.id }, data: { dispatchedAt: daysAgo(29) } });
    // Never dispatched (its process was down for weeks): kept, whatever its age.
    await db.outboxEvent.update({ where: { id: waiting!.id }, data: { createdAt: daysAgo(40) } });
    expect(await pruneOutbox(now)).toBeGreaterThanOrEqual(1);
    expect((await eventsOf(familyId)).map((e) => e.id)).toEqual([recent!.id, waiting!.id]);
    expect(await db.webhookDelivery.count({ where: { familyId } })).toBe(0);
    const jobs = await runner({ workers: 0, familyIds: [familyId] });
    expect((await jobs.boss.getSchedules()).map((s) => s.name)).toContain("outbox-cleanup");
  });
});
