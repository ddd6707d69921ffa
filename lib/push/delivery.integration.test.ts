// Getting parents' push notifications to their devices (issue 19) against the real database, the
// job queue and a push service on this machine that checks VAPID and decrypts each payload as the
// browser would (lib/testing/push-service.ts): devices the push service forgot are removed and
// busy ones tried again; an address that is not https is never posted to; quiet hours hold a
// push until they end; one browser belongs to one parent, and a parent has at most 10.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requestReward } from "@/lib/points/rewards";
import { saveSubscription, savePrefs, DEFAULT_PREFS } from "@/lib/push/queries";
import { sendPush } from "@/lib/push/send";
import { family, pushTestContext, received } from "@/lib/push/testing";
import { until } from "@/lib/testing/jobs";
import { createParent } from "@/lib/testing/factories";
import { localMinuteAt } from "@/lib/time/rules";

const { runners, service, parentWithDevice } = pushTestContext();

describe("the push service's answers", () => {
  it("a device it forgot (404, 410) is removed; a busy one (500, 429) is tried again", async () => {
    const { family: f, kid, reward } = await family();
    const gone = await parentWithDevice(f.id);
    const lost = await parentWithDevice(f.id);
    const flaky = await parentWithDevice(f.id);
    gone.device.answer(410);
    lost.device.answer(404);
    flaky.device.answer(500, 429);
    const runner = await runners.start({ familyIds: [f.id] });
    await requestReward(f.id, kid.id, reward.id);
    await runner.dispatchNow();
    await received(flaky.device);
    expect(flaky.device.attempts).toBe(3);
    expect(flaky.device.received).toHaveLength(1);
    // The sender notes the success after the push service's answer, a moment after it arrived
    // there (seen once on a loaded CI leg: read before it was written).
    const left = await until(
      () =>
        db.pushSubscription.findMany({
          where: { familyId: f.id },
          select: { id: true, lastSuccessAt: true },
        }),
      (rows) => rows.length === 1 && rows[0]!.lastSuccessAt !== null,
      10_000,
    );
    expect(left.map((s) => s.id)).toEqual([flaky.subscriptionId]);
  });

  it("an address that is not https, or points inside a hosted deployment, is never posted to", async () => {
    const { family: f, kid, reward } = await family();
    const mum = await parentWithDevice(f.id);
    const request = await requestReward(f.id, kid.id, reward.id);
    const job = {
      subscriptionId: mum.subscriptionId,
      notice: { kind: "reward" as const, requestId: request.id },
    };
    expect(await sendPush(job, { allowPrivate: false })).toBe("refused");
    expect(mum.device.attempts).toBe(0);
    expect(await sendPush(job, { allowPrivate: true })).toBe("sent");
  });
});

describe("quiet hours", () => {
  it("hold a reward request's push until they end, in the family's zone", async () => {
    const { family: f, kid, reward } = await family({ timeZone: "America/New_York" });
    const mum = await parentWithDevice(f.id);
    // Quiet from one hour ago to two hours from now, on the family's clock.
    const minute = localMinuteAt(new Date(), f.timeZone);
    const quietStart = (minute + 1440 - 60) % 1440;
    const quietEnd = (minute + 120) % 1440;
    await savePrefs(f.id, mum.member.id, { ...DEFAULT_PREFS, quietStart, quietEnd });
    const runner = await runners.start({ familyIds: [f.id] });
    await requestReward(f.id, kid.id, reward.id);
    await runner.dispatchNow();
    const [job] = await db.$queryRawUnsafe<{ start_after: Date }[]>(
      `SELECT start_after FROM "pgboss_test_${process.pid}".job
       WHERE name = 'push-notification' AND data->>'subscriptionId' = $1`,
      mum.subscriptionId,
    );
    const waitMinutes = (job!.start_after.getTime() - Date.now()) / 60_000;
    expect(waitMinutes).toBeGreaterThan(118);
    expect(waitMinutes).toBeLessThanOrEqual(120);
    expect(localMinuteAt(job!.start_after, f.timeZone)).toBe(quietEnd);
    expect(mum.device.attempts).toBe(0);
  });
});

describe("devices", () => {
  it("one browser belongs to whoever turned it on last; a parent has at most 10", async () => {
    const { family: f } = await family();
    const mum = await parentWithDevice(f.id);
    const { member: dad } = await createParent(db, f.id);
    await saveSubscription(f.id, dad.id, {
      ...mum.device,
      label: "Chrome on Android",
      locale: "en",
    });
    const row = await db.pushSubscription.findUniqueOrThrow({
      where: { endpoint: mum.device.endpoint },
    });
    expect(row.memberId).toBe(dad.id);
    for (let n = 0; n < 9; n++)
      await saveSubscription(f.id, dad.id, { ...service.device(), label: "x", locale: "en" });
    await expect(
      saveSubscription(f.id, dad.id, { ...service.device(), label: "x", locale: "en" }),
    ).rejects.toThrow("You have 10 devices with notifications. Remove one first.");
    // Turning one of the ten on again is not an eleventh.
    await saveSubscription(f.id, dad.id, {
      ...mum.device,
      label: "Chrome on Android",
      locale: "de",
    });
  });
});
