// Events and webhooks (issue 19) against the real database and a real HTTP receiver: events are
// written with the change or not at all, a flaky receiver gets exactly one accepted delivery,
// signed, two processes never deliver a job twice, and a process dying mid-delivery loses
// nothing. The runners use a pg-boss schema of their own, apart from any app server's.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkItem } from "@/lib/checks/queries";
import type { RunnerOptions } from "@/lib/jobs/runner";
import { testRunners, until } from "@/lib/testing/jobs";
import { attemptDelivery } from "@/lib/webhooks/deliver";
import { createWebhook, deleteWebhook, enableWebhook, listWebhooks } from "@/lib/webhooks/queries";
import { DISABLE_AFTER_FAILURES, SIGNATURE_HEADER, verifySignature } from "@/lib/webhooks/rules";
import {
  createFamily,
  createHabit,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";
import { EVENT_TYPES, eventBodySchema } from "@/lib/outbox/events";
import { localDateAt } from "@/lib/time/rules";
import { NotFoundError } from "@/lib/errors";
import { pruneOutbox } from "@/lib/outbox/retention";

const runners = testRunners();
const servers: Server[] = [];
afterAll(async () => {
  await runners.stopAll();
  for (const server of servers) server.close();
  await db.$disconnect();
});

const runner = (options: Partial<RunnerOptions> = {}) => runners.start(options);

type Received = { id: string; body: string; signature: string | undefined; status: number };

/** A receiver on 127.0.0.1 that answers `answer(n)` to its n-th request (1-based). */
async function receiver(answer: (n: number) => number) {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const status = answer(received.length + 1);
      received.push({
        id: String(request.headers["webhook-id"]),
        body,
        signature: request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined,
        status,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received };
}

/** A family whose kid has a one-item routine: a check completes it (3 events). */
async function family() {
  const family = await createFamily(db);
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const { items } = await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: [["Teeth"]],
    startMinute: 0,
    endMinute: 1439,
  });
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const check = () => checkItem(family.id, kid.id, items[0]!.id, today, randomUUID());
  return { familyId: family.id, parentId: parent.id, kidId: kid.id, today, check };
}

const eventsOf = (familyId: string) =>
  db.outboxEvent.findMany({ where: { familyId }, orderBy: { id: "asc" } });

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
