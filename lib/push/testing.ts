// Set-up shared by the push integration tests (issue 19): a family whose kid has 12 stars and a
// 5-star reward to ask for, a parent with a device on the test push service
// (lib/testing/push-service.ts), and a wait for what a device received.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { saveSubscription } from "@/lib/push/queries";
import { testRunners, until } from "@/lib/testing/jobs";
import { startPushService, type PushService, type TestDevice } from "@/lib/testing/push-service";
import { createFamily, createKid, createParent } from "@/lib/testing/factories";

/** A family with one kid who has 12 stars, and a reward that costs 5. */
export async function family(options: { timeZone?: string } = {}) {
  const family = await createFamily(db, options);
  const kid = await createKid(db, family.id, { displayName: `Mia ${randomUUID().slice(0, 4)}` });
  const reward = await db.reward.create({
    data: {
      familyId: family.id,
      name: `Ice cream ${randomUUID().slice(0, 4)}`,
      emoji: "🍦",
      cost: 5,
    },
  });
  await db.pointsEntry.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      delta: 12,
      source: "ROUTINE",
      sourceKey: randomUUID(),
      reason: "Morning",
    },
  });
  return { family, kid, reward };
}

/** A new parent in the family, with one device on `service` that wants notifications. */
export async function parentWithDeviceOn(service: PushService, familyId: string, locale = "en") {
  const { member, user } = await createParent(db, familyId);
  const device = service.device();
  const saved = await saveSubscription(familyId, member.id, {
    ...device,
    label: "Chrome on Android",
    locale,
  });
  return { member, user, device, subscriptionId: saved.id };
}

/** What the device received, once it has at least `count` messages. */
export const received = (device: TestDevice, count = 1) =>
  until(
    async () => device.received,
    (list) => list.length >= count,
  );

/**
 * A test file's job runners and push service, started before its tests and stopped after them
 * (with the database's connection): call once at the top of the file.
 */
export function pushTestContext() {
  const runners = testRunners();
  let started: PushService | undefined;
  beforeAll(async () => {
    started = await startPushService();
  });
  afterAll(async () => {
    await runners.stopAll();
    await started?.close();
    await db.$disconnect();
  });
  const running = () => {
    if (!started) throw new Error("The push service starts before the tests.");
    return started;
  };
  return {
    runners,
    service: {
      device: () => running().device(),
      get origin() {
        return running().origin;
      },
    },
    /** A new parent in the family, with one device that wants notifications. */
    parentWithDevice: (familyId: string, locale?: string) =>
      parentWithDeviceOn(running(), familyId, locale),
  };
}
