import "server-only";
// The app's MQTT connection (issue 19), when MQTT_URL is set: Home Assistant discovery for every
// kid, the kid's state after every change, and this instance's availability through a retained
// status topic with a last will (the broker says "offline" for us when the connection dies), which
// the instances still running answer with "online".
// Topics and payloads: lib/mqtt/topics.ts, docs/mqtt.md.
import mqtt, { type MqttClient } from "mqtt";
import { db } from "@/lib/db";
import { memberBalance } from "@/lib/points/queries";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { localDateAt, localMinuteAt } from "@/lib/time/rules";
import {
  discoveryConfigs,
  kidState,
  stateTopic,
  statusTopic,
  type MqttNames,
} from "@/lib/mqtt/topics";

export type MqttSettings = {
  url: string;
  prefix?: string;
  discovery?: string;
};

export type Publisher = {
  names: MqttNames;
  /** The connection (tests cut it to see the broker publish the last will). */
  client: MqttClient;
  /** Publishes one kid's state (retained). */
  publishKid: (familyId: string, kidId: string) => Promise<void>;
  /** Discovery configs and states of every kid (of one family, or all). */
  refresh: (familyId?: string) => Promise<void>;
  close: () => Promise<void>;
};

export async function connectPublisher(settings: MqttSettings): Promise<Publisher> {
  const names: MqttNames = {
    prefix: settings.prefix ?? "family-routines",
    discovery: settings.discovery ?? "homeassistant",
  };
  const client: MqttClient = await mqtt.connectAsync(settings.url, {
    clientId: `family-routines-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    will: { topic: statusTopic(names), payload: Buffer.from("offline"), retain: true, qos: 1 },
    reconnectPeriod: 5_000,
    connectTimeout: 5_000,
  });
  let closing = false;
  const online = () =>
    client.publishAsync(statusTopic(names), "online", { retain: true, qos: 1 }).catch(() => {});
  client.on("connect", () => void online()); // again after every reconnect
  // Every instance shares the status topic, and one that dies leaves "offline" there (its will):
  // the others, still running, say "online" again, so the app is available while any instance is.
  client.on("message", (topic, payload) => {
    if (topic === statusTopic(names) && payload.toString() === "offline" && !closing) void online();
  });
  await client.subscribeAsync(statusTopic(names), { qos: 1 });
  await online();
  const publish = (topic: string, payload: string) =>
    client.publishAsync(topic, payload, { retain: true, qos: 1 });
  // Config topics this process published, per kid: a routine gone from a kid loses its entity.
  const published = new Map<string, Set<string>>();

  async function publishKid(familyId: string, kidId: string) {
    const [family, kid] = await Promise.all([
      db.family.findUnique({
        where: { id: familyId },
        select: { timeZone: true, dayStartMinute: true },
      }),
      db.familyMember.findFirst({
        where: { id: kidId, familyId, role: "CHILD", archivedAt: null },
        select: { id: true },
      }),
    ]);
    if (!family || !kid) return;
    const now = new Date();
    const today = localDateAt(now, family.timeZone, family.dayStartMinute);
    const [routines, points] = await Promise.all([
      routinesForKidOnDate(familyId, kidId, today),
      memberBalance(familyId, kidId),
    ]);
    const state = kidState(routines, points, localMinuteAt(now, family.timeZone));
    await publish(stateTopic(names, familyId, kidId), JSON.stringify(state));
  }

  async function refresh(familyId?: string) {
    const kids = await db.familyMember.findMany({
      where: { role: "CHILD", archivedAt: null, ...(familyId && { familyId }) },
      select: {
        id: true,
        familyId: true,
        displayName: true,
        assignments: {
          where: { routine: { archivedAt: null } },
          select: { routine: { select: { id: true, name: true } } },
          orderBy: { routine: { name: "asc" } },
        },
      },
    });
    for (const kid of kids) {
      const configs = discoveryConfigs(
        names,
        { id: kid.familyId },
        kid,
        kid.assignments.map((a) => a.routine),
      );
      for (const [topic, config] of configs) await publish(topic, JSON.stringify(config));
      for (const gone of published.get(kid.id) ?? [])
        if (!configs.has(gone)) await publish(gone, "");
      published.set(kid.id, new Set(configs.keys()));
      await publishKid(kid.familyId, kid.id);
    }
  }

  return {
    names,
    client,
    publishKid,
    refresh,
    async close() {
      closing = true;
      // Said by us when we can (another instance running says "online" again); by the broker (the
      // last will) when we cannot.
      if (client.connected)
        await client
          .publishAsync(statusTopic(names), "offline", { retain: true, qos: 1 })
          .catch(() => {});
      await client.endAsync(!client.connected);
    },
  };
}
