// Events and webhooks (issue 19), against DATABASE_URL (a scratch database: it disables and
// re-enables the outbox triggers for the check-off comparison):
//   DATABASE_URL=postgresql://… npm run bench:webhooks
// 1. Event → webhook delivered: 100 checks, one at a time, through a job runner like the app's
//    (the outbox looked at 4 times a second), to a receiver on 127.0.0.1: p50/p95.
// 2. 1,000 events at once → all delivered: the drain time.
// 3. A check-off's latency with the outbox triggers and without them (same statement, 1,200 each,
//    interleaved in blocks of 50): p50/p95 and their ratios.
// 4. Event → MQTT state (when a broker answers at MQTT_BENCH_URL, default mqtt://127.0.0.1:1883):
//    50 checks, each until the kid's new state arrives at a subscriber: p50/p95.
// 5. Reward request → push notification decrypted at a local push service (lib/testing/
//    push-service.ts): 50 requests, one at a time, each to 2 devices: p50/p95 of the second.
// Prints the figures for docs/benchmarks.md; deletes its families.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import mqtt from "mqtt";
import { db } from "../../lib/db";
import { checkItem } from "../../lib/checks/queries";
import { startRunner } from "../../lib/jobs/runner";
import { createWebhook } from "../../lib/webhooks/queries";
import { saveSubscription } from "../../lib/push/queries";
import { startPushService } from "../../lib/testing/push-service";
import { createFamily, createKid, createParent, createRoutine } from "../../lib/testing/factories";
import { addDays, localDateAt } from "../../lib/time/rules";

const url = process.env.DATABASE_URL!;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

// The receiver: when each delivery arrived, by the event's id in the body.
const arrived = new Map<string, number>();
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  request.on("end", () => {
    const { data } = JSON.parse(body) as { data: { checkId?: string; entryId?: string } };
    arrived.set(data.checkId ?? data.entryId ?? "", performance.now());
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench`;

const mqttUrl = process.env.MQTT_BENCH_URL ?? "mqtt://127.0.0.1:1883";
const watcher = await mqtt
  .connectAsync(mqttUrl, { connectTimeout: 1_000, reconnectPeriod: 0 })
  .catch(() => null);
const names = { prefix: `fr-bench-${process.pid}`, discovery: `ha-bench-${process.pid}` };
const runnerOptions = {
  connectionString: url,
  schema: "pgboss_bench",
  allowPrivate: true,
  pollingIntervalSeconds: 2,
  ...(watcher && { mqtt: { url: mqttUrl, ...names }, mqttRefreshMs: 60 * 60_000 }),
};
let runner = await startRunner(runnerOptions);

const families: string[] = [];
async function setup(kidCount: number, items: number) {
  const family = await createFamily(db);
  families.push(family.id);
  const { member: parent } = await createParent(db, family.id);
  const kids = await Promise.all(Array.from({ length: kidCount }, () => createKid(db, family.id)));
  const routine = await createRoutine(db, family.id, {
    kidIds: kids.map((k) => k.id),
    cards: [Array.from({ length: items }, (_, i) => `Item ${i}`)],
    startMinute: 0,
    endMinute: 1439,
  });
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  return { family, parent, kids, items: routine.items, today };
}

try {
  // 1. Event → delivered.
  const one = await setup(1, 100);
  await createWebhook(one.family.id, one.parent.id, { url: hookUrl, events: ["check.added"] });
  const latencies: number[] = [];
  for (const item of one.items) {
    const start = performance.now();
    const { checkId } = await checkItem(
      one.family.id,
      one.kids[0]!.id,
      item.id,
      one.today,
      randomUUID(),
    );
    while (!arrived.has(checkId)) await new Promise((resolve) => setTimeout(resolve, 1));
    latencies.push(arrived.get(checkId)! - start);
  }
  console.log(
    `event → webhook delivered (100 checks): p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
  );

  // 2. 1,000 events at once.
  const many = await setup(1, 1);
  await createWebhook(many.family.id, many.parent.id, { url: hookUrl, events: ["points.changed"] });
  const before = arrived.size;
  const start = performance.now();
  await db.pointsEntry.createMany({
    data: Array.from({ length: 1000 }, (_, i) => ({
      familyId: many.family.id,
      memberId: many.kids[0]!.id,
      delta: 1,
      source: "HABIT" as const,
      sourceKey: `bench:${i}`,
      reason: "Bench",
    })),
  });
  while (arrived.size < before + 1000) await new Promise((resolve) => setTimeout(resolve, 20));
  console.log(
    `1,000 events at once → all delivered: ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );

  // 3. Check-off latency with and without the outbox triggers.
  const triggers = ["item_checks_outbox", "routine_completions_outbox", "points_entries_outbox"];
  const tables = ["item_checks", "routine_completions", "points_entries"];
  const toggle = async (on: boolean) => {
    for (const [i, table] of tables.entries())
      await db.$executeRawUnsafe(
        `ALTER TABLE "${table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${triggers[i]}"`,
      );
  };
  // Twice: with this process's jobs running (they deliver what the checks emit, on the same two
  // cores), and with them stopped: the trigger's own cost in the check-off.
  const measure = async (label: string) => {
    const timed = { with: [] as number[], without: [] as number[] };
    const kidsDays = await setup(12, 100); // 12 kids × 100 items: 1,200 checks per mode
    const done = { with: 0, without: 0 };
    for (let block = 0; block < 48; block++) {
      const mode = block % 2 === 0 ? "with" : "without";
      await toggle(mode === "with");
      for (let i = 0; i < 50; i++) {
        const n = done[mode]++;
        const kid = kidsDays.kids[Math.floor(n / 100)]!;
        const item = kidsDays.items[n % 100]!;
        // A day per mode, so both modes check the same items.
        const date = mode === "with" ? kidsDays.today : addDays(kidsDays.today, -1);
        const t0 = performance.now();
        await checkItem(kidsDays.family.id, kid.id, item.id, date, randomUUID());
        timed[mode].push(performance.now() - t0);
      }
    }
    await toggle(true);
    const p = (mode: "with" | "without", q: number) => percentile(timed[mode], q);
    const fine = (value: number) => `${value.toFixed(2)} ms`;
    console.log(
      `check-off ${label} (1,200 each, interleaved in blocks of 50): with the outbox p50 ${fine(p("with", 50))} p95 ${fine(p("with", 95))}; ` +
        `without p50 ${fine(p("without", 50))} p95 ${fine(p("without", 95))}; ` +
        `ratio p50 ${(p("with", 50) / p("without", 50)).toFixed(3)}×, p95 ${(p("with", 95) / p("without", 95)).toFixed(3)}×`,
    );
  };
  await measure("with the jobs running");
  await runner.stop();
  await measure("with the jobs stopped (the trigger alone)");
  runner = await startRunner(runnerOptions);
  // 4. Event → MQTT state.
  if (watcher) {
    const states: { topic: string; at: number }[] = [];
    watcher.on("message", (topic) => states.push({ topic, at: performance.now() }));
    await watcher.subscribeAsync([`${names.prefix}/#`, `${names.discovery}/#`]);
    const kid = await setup(1, 50);
    const topic = `${names.prefix}/${kid.family.id}/kids/${kid.kids[0]!.id}/state`;
    const mqttLatencies: number[] = [];
    for (const item of kid.items) {
      const seen = states.length;
      const start = performance.now();
      await checkItem(kid.family.id, kid.kids[0]!.id, item.id, kid.today, randomUUID());
      for (;;) {
        const arrived = states.slice(seen).find((m) => m.topic === topic);
        if (arrived) {
          mqttLatencies.push(arrived.at - start);
          break;
        }
        if (performance.now() - start > 30_000) throw new Error("no MQTT state in 30 s");
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
    console.log(
      `event → MQTT state (50 checks, ${mqttUrl}): p50 ${ms(percentile(mqttLatencies, 50))}, p95 ${ms(percentile(mqttLatencies, 95))}`,
    );
    for (const { topic: retained } of states)
      await watcher.publishAsync(retained, "", { retain: true });
    await watcher.endAsync();
  } else console.log(`event → MQTT state: no broker at ${mqttUrl}, not measured`);

  // 5. Reward request → push (push is off without a VAPID subject: lib/push/send.ts).
  const push = await startPushService();
  try {
    if (!process.env.VAPID_SUBJECT && !process.env.PUBLIC_URL?.startsWith("https://"))
      throw new Error("push is off: set VAPID_SUBJECT=mailto:you@your-domain.org");
    const home = await setup(1, 1);
    const phones = [push.device(), push.device()];
    for (const phone of phones)
      await saveSubscription(home.family.id, home.parent.id, {
        ...phone,
        label: "Bench",
        locale: "en",
      });
    await db.pointsEntry.create({
      data: {
        familyId: home.family.id,
        memberId: home.kids[0]!.id,
        delta: 1000,
        source: "HABIT",
        sourceKey: "bench",
        reason: "Bench",
      },
    });
    const pushLatencies: number[] = [];
    for (let i = 0; i < 50; i++) {
      const reward = await db.reward.create({
        data: { familyId: home.family.id, name: `Treat ${i}`, emoji: "🍦", cost: 1 },
      });
      const start = performance.now();
      await db.rewardRequest.create({
        data: {
          familyId: home.family.id,
          memberId: home.kids[0]!.id,
          rewardId: reward.id,
          cost: 1,
        },
      });
      const deadline = Date.now() + 30_000;
      while (phones.some((phone) => phone.received.length <= i)) {
        if (Date.now() > deadline)
          throw new Error("no push arrived in 30 s (is VAPID_SUBJECT routable?)");
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      pushLatencies.push(performance.now() - start);
    }
    console.log(
      `reward request → push decrypted on 2 devices (50 requests): p50 ${ms(percentile(pushLatencies, 50))}, p95 ${ms(percentile(pushLatencies, 95))}`,
    );
  } catch (error) {
    console.log(`reward request → push: skipped (${(error as Error).message})`);
  } finally {
    await push.close();
  }
} finally {
  await runner.stop();
  server.close();
  await db.family.deleteMany({ where: { id: { in: families } } });
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "pgboss_bench" CASCADE`);
  await db.$disconnect();
}
