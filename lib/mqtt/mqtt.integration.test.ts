// Home Assistant over MQTT (issue 19), read back from a real broker: Mosquitto on 127.0.0.1:1883
// (MQTT_TEST_URL), as on the machines here and in CI, where it must answer; where none is named
// and none runs (a contributor's laptop), an in-process broker (aedes) stands in. Each run uses its own
// topic prefixes, apart from anything else on the broker.
import { createServer, type Server } from "node:net";
import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkItem } from "@/lib/checks/queries";
import { startRunner, type Runner } from "@/lib/jobs/runner";
import { connectPublisher } from "@/lib/mqtt/publisher";
import { createFamily, createKid, createRoutine } from "@/lib/testing/factories";
import { localDateAt } from "@/lib/time/rules";
import type { KidState } from "@/lib/mqtt/topics";

const SCHEMA = `pgboss_mqtt_${process.pid}`;
const run = randomUUID().slice(0, 8);
const names = { prefix: `fr-test-${run}`, discovery: `ha-test-${run}` };
// Set (as CI sets it), the broker must answer: no stand-in hides a Mosquitto that did not start.
const required = process.env.MQTT_TEST_URL;
let brokerUrl = required ?? "mqtt://127.0.0.1:1883";
let ownBroker: Server | undefined;
let watcher: MqttClient;
const messages = new Map<string, { payload: string; at: number }[]>();
const runners: Runner[] = [];

beforeAll(async () => {
  try {
    watcher = await mqtt.connectAsync(brokerUrl, { connectTimeout: 1_000, reconnectPeriod: 0 });
  } catch (error) {
    if (required)
      throw new Error(`MQTT_TEST_URL is set but ${required} does not answer`, { cause: error });
    const { Aedes } = await import("aedes");
    const aedes = await Aedes.createBroker();
    ownBroker = createServer(aedes.handle);
    await new Promise<void>((resolve) => ownBroker!.listen(0, "127.0.0.1", resolve));
    const address = ownBroker.address();
    brokerUrl = `mqtt://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    watcher = await mqtt.connectAsync(brokerUrl);
  }
  watcher.on("message", (topic, payload) => {
    const list = messages.get(topic) ?? [];
    list.push({ payload: payload.toString(), at: performance.now() });
    messages.set(topic, list);
  });
  await watcher.subscribeAsync([`${names.prefix}/#`, `${names.discovery}/#`], { qos: 1 });
});

afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop().catch(() => undefined)));
  // Retained messages of this run removed from the shared broker.
  for (const topic of messages.keys()) await watcher.publishAsync(topic, "", { retain: true });
  await watcher.endAsync();
  ownBroker?.close();
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await db.$disconnect();
});

async function until<T>(what: () => T, ms = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = what();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out waiting for an MQTT message");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const last = (topic: string) => messages.get(topic)?.at(-1);
const lastJson = <T>(topic: string) => {
  const message = last(topic);
  return message?.payload ? (JSON.parse(message.payload) as T) : undefined;
};

describe("MQTT with Home Assistant discovery", () => {
  it("announces each kid's entities, follows every change, and says when the app is gone", async () => {
    const family = await createFamily(db);
    const kid = await createKid(db, family.id, { displayName: "Nora" });
    const { routine, items } = await createRoutine(db, family.id, {
      name: "Morning",
      kidIds: [kid.id],
      cards: [["Teeth"]],
      startMinute: 0,
      endMinute: 1439,
    });
    const jobs = await startRunner({
      connectionString: process.env.DATABASE_URL!,
      schema: SCHEMA,
      allowPrivate: true,
      pollingIntervalSeconds: 0.5,
      dispatchIntervalMs: 60_000,
      familyIds: [family.id],
      mqtt: { url: brokerUrl, ...names },
    });
    runners.push(jobs);
    await jobs.publisher!.refresh(family.id);

    const node = `fr_${kid.id.replaceAll("-", "")}`;
    const stateTopic = `${names.prefix}/${family.id}/kids/${kid.id}/state`;
    expect(await until(() => last(`${names.prefix}/status`)?.payload)).toBe("online");
    const done = await until(() =>
      lastJson<Record<string, unknown>>(
        `${names.discovery}/binary_sensor/${node}/r_${routine.id.replaceAll("-", "")}/config`,
      ),
    );
    expect(done).toMatchObject({
      name: "Morning done today",
      state_topic: stateTopic,
      availability_topic: `${names.prefix}/status`,
      device: { identifiers: [node], name: "Nora" },
    });
    for (const what of ["routines_done", "points", "progress"])
      expect(
        await until(() => lastJson(`${names.discovery}/sensor/${node}/${what}/config`)),
        what,
      ).toMatchObject({
        unique_id: `${node}_${what}`,
        state_topic: stateTopic,
      });
    expect(await until(() => lastJson<KidState>(stateTopic))).toMatchObject({
      routines_done_today: 0,
      routines_today: 1,
      points: 0,
      current_routine: "Morning",
      current_progress: 0,
      routines: { [routine.id]: false },
    });

    // The kid finishes the routine: the state follows, through the outbox and a job.
    const before = messages.get(stateTopic)!.length;
    const started = performance.now();
    const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
    await checkItem(family.id, kid.id, items[0]!.id, today, randomUUID());
    await jobs.dispatchNow();
    // (The refresh at start may still publish the state before the check: wait for the new one.)
    const after = await until(() =>
      messages
        .get(stateTopic)!
        .slice(before)
        .find((m) => (JSON.parse(m.payload) as KidState).routines_done_today === 1),
    );
    expect(JSON.parse(after.payload)).toMatchObject({
      routines_done_today: 1,
      points: 10,
      current_progress: 100,
      routines: { [routine.id]: true },
    });
    // Event → MQTT state on this machine (the benchmark measures it properly).
    expect(after.at - started).toBeLessThan(5_000);

    // A second instance runs beside it. The first one's connection dies without a goodbye: the
    // broker publishes its last will, and the instance still running says "online" again.
    const other = await connectPublisher({ url: brokerUrl, ...names });
    const statuses = () => (messages.get(`${names.prefix}/status`) ?? []).map((m) => m.payload);
    const seen = statuses().length;
    jobs.publisher!.client.options.reconnectPeriod = 0;
    jobs.publisher!.client.stream.destroy();
    await until(() => statuses().slice(seen).join(",").includes("offline,online"));
    expect(last(`${names.prefix}/status`)?.payload).toBe("online");
    // The last one gone: "offline" stays.
    other.client.options.reconnectPeriod = 0;
    other.client.stream.destroy();
    await until(() => last(`${names.prefix}/status`)?.payload === "offline");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(last(`${names.prefix}/status`)?.payload).toBe("offline");
    await other.close();
  }, 30_000);
});
