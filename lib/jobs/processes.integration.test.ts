// The job queue across real processes (issue 19): `npm run worker` processes on the one database,
// as several app instances would run it. Two at once deliver every webhook exactly once between
// them; one killed (SIGKILL) in the middle of its deliveries loses none: another takes its jobs
// over when they expire. Each test's workers use a pg-boss schema of their own and dispatch only
// its family's events, so parallel test files are left alone.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { until } from "@/lib/testing/jobs";
import { createFamily, createKid, createParent } from "@/lib/testing/factories";
import { createWebhook } from "@/lib/webhooks/queries";

const root = resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];
const servers: Server[] = [];
const schemas: string[] = [];
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 500)); // their connections close first
  for (const server of servers) server.close();
  for (const schema of schemas)
    await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await db.$disconnect();
}, 180_000);

type Worker = {
  child: ChildProcess;
  /** Stops it gracefully; how its webhook deliveries went ({ delivered: n, … }). */
  stopped: () => Promise<Record<string, number>>;
};

/**
 * Starts `npm run worker`'s script and waits until it says it is ready. A job expires (and runs
 * again elsewhere) after `expire` seconds: 3 lets the killed worker's jobs move on quickly; where
 * no worker dies it is 30, since on a loaded CI machine one delivery once took longer than 3 s and
 * was sent again by the other worker (production waits 60 s).
 */
async function worker(schema: string, familyId: string, expire = 3): Promise<Worker> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/worker.ts",
      "--schema",
      schema,
      "--families",
      familyId,
      "--expire",
      String(expire),
      "--retry-delay",
      "1",
      "--poll",
      "0.5",
    ],
    {
      cwd: root,
      env: {
        NODE_ENV: "test",
        PATH: process.env.PATH,
        DATABASE_URL: process.env.DATABASE_URL,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "worker-test-secret",
        WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true",
        // Under CI's clock a year ahead (leg 2a, faketime), the workers keep the test's clock.
        ...Object.fromEntries(
          ["LD_PRELOAD", "FAKETIME", "FAKETIME_NO_CACHE", "DONT_FAKE_MONOTONIC"]
            .filter((name) => process.env[name] !== undefined)
            .map((name) => [name, process.env[name]]),
        ),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // A cold start compiles the app's modules (tsx): a minute and more on a loaded CI leg.
  await until(
    async () => output,
    (text) => text.includes("[worker] ready"),
    150_000,
  );
  return {
    child,
    async stopped() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
      const line = /\[worker\] stopped: (.+)/.exec(output);
      if (!line) throw new Error(`no stats in: ${output}`);
      return (JSON.parse(line[1]!) as { webhooks: Record<string, number> }).webhooks;
    },
  };
}

/** A receiver that answers each request after `delayMs`, noting each event id as it arrives. */
async function receiver(delayMs: number) {
  const ids: string[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      ids.push((JSON.parse(body) as { id: string }).id);
      setTimeout(() => response.writeHead(204).end(), delayMs);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, ids };
}

/** A family with a webhook for stars, and `count` stars given at once: `count` events. */
async function family(url: string) {
  const f = await createFamily(db);
  const { member } = await createParent(db, f.id);
  const kid = await createKid(db, f.id);
  await createWebhook(f.id, member.id, { url, events: ["points.changed"] });
  const schema = `pgboss_proc_${randomUUID().slice(0, 8)}`;
  schemas.push(schema);
  const give = (count: number) =>
    db.pointsEntry.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        familyId: f.id,
        memberId: kid.id,
        delta: 1,
        source: "HABIT" as const,
        sourceKey: `proc:${randomUUID()}:${i}`,
        reason: "Test",
      })),
    });
  const deliveries = () => db.webhookDelivery.findMany({ where: { familyId: f.id } });
  return { familyId: f.id, schema, give, deliveries };
}

describe("workers in separate processes", () => {
  it(
    "two deliver every event exactly once between them, both doing some",
    { timeout: 300_000 },
    async () => {
      const hook = await receiver(200);
      const f = await family(hook.url);
      // One after the other: two cold starts at once on a new pg-boss schema hung once in CI's
      // leg 2a (neither said ready in 150 s, not seen again here); what this test is about is
      // delivering, and the app's own start retries pg-boss's queue-creation deadlocks.
      const a = await worker(f.schema, f.familyId, 30);
      const b = await worker(f.schema, f.familyId, 30);
      await f.give(200);
      const rows = await until(
        f.deliveries,
        (list) => list.length === 200 && list.every((d) => d.status === "DELIVERED"),
        60_000,
      );
      const [byA, byB] = await Promise.all([a.stopped(), b.stopped()]);
      expect(hook.ids).toHaveLength(200);
      expect(new Set(hook.ids).size).toBe(200);
      expect(rows.every((d) => d.attempts === 1)).toBe(true);
      expect(byA.delivered ?? 0).toBeGreaterThan(0);
      expect(byB.delivered ?? 0).toBeGreaterThan(0);
      expect((byA.delivered ?? 0) + (byB.delivered ?? 0)).toBe(200);
    },
  );

  it(
    "one killed in the middle of its deliveries loses none: another takes them over",
    { timeout: 300_000 },
    async () => {
      // Every answer takes 1.5 s, so the first worker dies with its deliveries on the wire.
      const hook = await receiver(1_500);
      const f = await family(hook.url);
      const doomed = await worker(f.schema, f.familyId);
      await f.give(60);
      await until(
        async () => hook.ids.length,
        (n) => n > 0,
        30_000,
      );
      doomed.child.kill("SIGKILL");
      // Requests it sent just before it died are still on their way to the receiver (seen once in
      // CI: 26 repeats against 25 counted): they land within this second, the heir needs longer.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const onTheWire = new Set(hook.ids);
      const heir = await worker(f.schema, f.familyId);
      const rows = await until(
        f.deliveries,
        (list) => list.length === 60 && list.every((d) => d.status === "DELIVERED"),
        60_000,
      );
      await heir.stopped();
      // Every event arrived; those on the wire when the first died arrived twice, with the same id
      // (receivers drop the repeat by its Webhook-Id: decision 021).
      const received = new Set(hook.ids);
      expect(received.size).toBe(60);
      expect(rows.map((d) => JSON.parse(d.body).id).every((id: string) => received.has(id))).toBe(
        true,
      );
      const twice = hook.ids.length - received.size;
      expect(twice).toBeGreaterThan(0);
      expect(twice).toBeLessThanOrEqual(onTheWire.size);
    },
  );
});
