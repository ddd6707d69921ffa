// Parents' push notifications (issue 19) against the real database, the job queue and a push
// service on this machine that checks VAPID and decrypts each payload as the browser would
// (lib/testing/push-service.ts): a reward request reaches every device of every parent who wants
// it, in that parent's language; Approve from the notification approves once; devices the push
// service forgot are removed; quiet hours hold or drop; reminders and summaries come once.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkItem } from "@/lib/checks/queries";
import { denyRequest, requestReward } from "@/lib/points/queries";
import { answerFromNotification } from "@/lib/push/answer";
import {
  removeDevice,
  saveSubscription,
  savePrefs,
  DEFAULT_PREFS,
  vapidKeys,
  vapidSubject,
} from "@/lib/push/queries";
import { queueGoalPushes, scheduleNotices } from "@/lib/push/schedule";
import { markReachedGoals, setGoal } from "@/lib/money/goals";
import { sendPush } from "@/lib/push/send";
import { testRunners, until } from "@/lib/testing/jobs";
import { startPushService, type PushService, type TestDevice } from "@/lib/testing/push-service";
import { createFamily, createKid, createParent, createRoutine } from "@/lib/testing/factories";
import { addDays, dayOfWeek, instantAt, localDateAt, localMinuteAt } from "@/lib/time/rules";

const runners = testRunners();
let service: PushService;
beforeAll(async () => {
  service = await startPushService();
});
afterAll(async () => {
  await runners.stopAll();
  await service.close();
  await db.$disconnect();
});

async function family(options: { timeZone?: string } = {}) {
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

async function parentWithDevice(familyId: string, locale = "en") {
  const { member, user } = await createParent(db, familyId);
  const device = service.device();
  const saved = await saveSubscription(familyId, member.id, {
    ...device,
    label: "Chrome on Android",
    locale,
  });
  return { member, user, device, subscriptionId: saved.id };
}

const received = (device: TestDevice, count = 1) =>
  until(
    async () => device.received,
    (list) => list.length >= count,
  );

describe("a reward request", () => {
  it("reaches every device of every parent who wants it, encrypted, signed, in their language", async () => {
    const { family: f, kid, reward } = await family();
    const mum = await parentWithDevice(f.id);
    const mumsLaptop = service.device();
    await saveSubscription(f.id, mum.member.id, {
      ...mumsLaptop,
      label: "Firefox on Linux",
      locale: "en",
    });
    const dad = await parentWithDevice(f.id, "de");
    const quiet = await parentWithDevice(f.id);
    await savePrefs(f.id, quiet.member.id, { ...DEFAULT_PREFS, rewardRequests: false });
    const other = await family();
    const stranger = await parentWithDevice(other.family.id);

    const runner = await runners.start({ familyIds: [f.id, other.family.id] });
    await requestReward(f.id, kid.id, reward.id);
    await runner.dispatchNow();
    const [toMum] = await received(mum.device);
    await received(mumsLaptop);
    const [toDad] = await received(dad.device);

    const { publicKey } = await vapidKeys();
    expect(toMum!.vapid).toMatchObject({ aud: service.origin, sub: vapidSubject(), publicKey });
    expect(toMum!.urgency).toBe("high");
    expect(toMum!.message).toMatchObject({
      title: `${kid.displayName} asks for 🍦 ${reward.name}`,
      body: `5 stars; ${kid.displayName} has 12.`,
      url: "/dashboard",
      lang: "en",
      answer: { approve: "Approve", deny: "Deny", token: expect.any(String) },
    });
    expect(toDad!.message).toMatchObject({
      title: `${kid.displayName} wünscht sich 🍦 ${reward.name}`,
      answer: { approve: "Erlauben", deny: "Ablehnen" },
    });
    // The parent who turned them off, and the other family, hear nothing.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(quiet.device.attempts).toBe(0);
    expect(stranger.device.attempts).toBe(0);
  });

  it("is approved once from the notification, even when both buttons race", async () => {
    const { family: f, kid, reward } = await family();
    const mum = await parentWithDevice(f.id);
    const dad = await parentWithDevice(f.id);
    const runner = await runners.start({ familyIds: [f.id] });
    const request = await requestReward(f.id, kid.id, reward.id);
    await runner.dispatchNow();
    const [toMum] = await received(mum.device);
    const [toDad] = await received(dad.device);
    const token = (m: TestDevice["received"][number]) =>
      (m.message.answer as { token: string }).token;

    const answers = await Promise.all([
      answerFromNotification(token(toMum!), "approve"),
      answerFromNotification(token(toMum!), "approve"),
      answerFromNotification(token(toDad!), "deny"),
    ]);
    expect(answers.filter((a) => a.kind === "done")).toHaveLength(1);
    expect(answers.filter((a) => a.kind === "conflict")).toHaveLength(2);
    expect(answers.find((a) => a.kind === "conflict")!.message).toBe(
      "That request was already answered.",
    );
    const stored = await db.rewardRequest.findUniqueOrThrow({ where: { id: request.id } });
    const spent = await db.pointsEntry.count({ where: { memberId: kid.id, source: "REWARD" } });
    expect(spent).toBe(stored.status === "APPROVED" ? 1 : 0);
    expect(stored.decidedById).toBe(answers[2]!.kind === "done" ? dad.member.id : mum.member.id);
  });

  it("answers say who approved, and a forged, expired or removed device's token is refused", async () => {
    const { family: f, kid, reward } = await family();
    const mum = await parentWithDevice(f.id, "fr");
    const runner = await runners.start({ familyIds: [f.id] });
    const request = await requestReward(f.id, kid.id, reward.id);
    await runner.dispatchNow();
    const [message] = await received(mum.device);
    const token = (message!.message.answer as { token: string }).token;

    const [payload, signature] = token.split(".");
    const forged = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<
      string,
      unknown
    >;
    forged.requestId = randomUUID();
    const forgedToken = `${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`;
    expect(await answerFromNotification(forgedToken, "approve")).toMatchObject({ kind: "refused" });
    expect(await answerFromNotification("not.a-token", "approve")).toMatchObject({
      kind: "refused",
    });

    const answer = await answerFromNotification(token, "approve");
    expect(answer).toEqual({
      kind: "done",
      status: "APPROVED",
      message: `Accepté : 🍦 ${reward.name} pour ${kid.displayName}`,
    });
    expect((await db.rewardRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      "APPROVED",
    );

    // A removed device's buttons stop working, even for a new request.
    const again = await requestReward(f.id, kid.id, reward.id);
    await runner.dispatchNow();
    const [, second] = await received(mum.device, 2);
    await removeDevice(f.id, mum.member.id, mum.subscriptionId);
    expect(
      await answerFromNotification((second!.message.answer as { token: string }).token, "deny"),
    ).toMatchObject({ kind: "refused" });
    expect((await db.rewardRequest.findUniqueOrThrow({ where: { id: again.id } })).status).toBe(
      "PENDING",
    );
  });

  it("sends nothing for a request answered before the push went out", async () => {
    const { family: f, kid, reward } = await family();
    const mum = await parentWithDevice(f.id);
    const request = await requestReward(f.id, kid.id, reward.id);
    await denyRequest(f.id, request.id, mum.member.id);
    const outcome = await sendPush(
      { subscriptionId: mum.subscriptionId, notice: { kind: "reward", requestId: request.id } },
      { allowPrivate: true },
    );
    expect(outcome).toBe("nothing");
    expect(mum.device.attempts).toBe(0);
  });
});

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

describe("scheduled notices", () => {
  /** A family whose two kids share a two-item routine that ends at 10:00 and reminds. */
  async function morning() {
    const { family: f } = await family();
    const kids = [await createKid(db, f.id), await createKid(db, f.id)];
    const routine = await createRoutine(db, f.id, {
      kidIds: kids.map((k) => k.id),
      cards: [["Teeth", "Shoes"]],
      startMinute: 420,
      endMinute: 600,
    });
    await db.routine.update({ where: { id: routine.routine.id }, data: { remindAtEnd: true } });
    return { f, kids, routine };
  }

  it("remind once, at the end of the window, about each kid who has not finished", async () => {
    const { f, kids, routine } = await morning();
    const mum = await parentWithDevice(f.id);
    const today = localDateAt(new Date(), f.timeZone);
    // The first kid finished; the second did one of two.
    for (const item of routine.items)
      await checkItem(f.id, kids[0]!.id, item.id, today, randomUUID());
    await checkItem(f.id, kids[1]!.id, routine.items[0]!.id, today, randomUUID());
    const runner = await runners.start({ familyIds: [f.id] });

    const before = instantAt(today, 595, f.timeZone);
    expect(await scheduleNotices(runner.boss, before, { familyIds: [f.id] })).toBe(0);
    const after = instantAt(today, 605, f.timeZone);
    // Two instances in the same minute, and the next minute: two notices (one per kid), once.
    const made = await Promise.all([
      scheduleNotices(runner.boss, after, { familyIds: [f.id] }),
      scheduleNotices(runner.boss, after, { familyIds: [f.id] }),
    ]);
    expect(made[0]! + made[1]!).toBe(2);
    expect(
      await scheduleNotices(runner.boss, new Date(after.getTime() + 60_000), { familyIds: [f.id] }),
    ).toBe(0);
    const [reminder] = await received(mum.device);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mum.device.received).toHaveLength(1); // the kid who finished: nothing to say
    expect(reminder!.message).toMatchObject({
      title: `${routine.routine.name} is not finished`,
      body: `${kids[1]!.displayName} did 1 of 2 by 10:00.`,
      url: `/dashboard/kids/${kids[1]!.id}`,
    });
    expect(reminder!.ttl).toBe(3600);
    // Half an hour after the window, a late run (after downtime) no longer reminds.
    const { f: g } = await morning();
    await parentWithDevice(g.id);
    expect(
      await scheduleNotices(runner.boss, instantAt(today, 631, g.timeZone), { familyIds: [g.id] }),
    ).toBe(0);
  });

  it("say once that nobody took a pool chore, or remind about the kid who took it", async () => {
    for (const taken of [false, true]) {
      const { f, kids, routine } = await morning();
      const runner = await runners.start({ familyIds: [f.id] });
      await db.routine.update({
        where: { id: routine.routine.id },
        data: { pooled: true, pooledFrom: new Date("2026-01-01T00:00:00Z") },
      });
      const mum = await parentWithDevice(f.id);
      const today = localDateAt(new Date(), f.timeZone);
      // Taken: the second kid's first check takes it, and one of two is done.
      if (taken) await checkItem(f.id, kids[1]!.id, routine.items[0]!.id, today, randomUUID());
      const after = instantAt(today, 605, f.timeZone);
      expect(await scheduleNotices(runner.boss, after, { familyIds: [f.id] })).toBe(1);
      expect(await scheduleNotices(runner.boss, after, { familyIds: [f.id] })).toBe(0);
      const [notice] = await received(mum.device);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(mum.device.received).toHaveLength(1);
      expect(notice!.message).toMatchObject(
        taken
          ? {
              title: `${routine.routine.name} is not finished`,
              body: `${kids[1]!.displayName} did 1 of 2 by 10:00.`,
            }
          : {
              title: `Nobody took ${routine.routine.name}`,
              body: "It was up for grabs until 10:00.",
              url: `/routines/${routine.routine.id}`,
            },
      );
    }
  });

  it("drop a reminder in quiet hours, and one that is switched off", async () => {
    const { f } = await morning();
    const mum = await parentWithDevice(f.id);
    await savePrefs(f.id, mum.member.id, { ...DEFAULT_PREFS, quietStart: 540, quietEnd: 660 });
    const dad = await parentWithDevice(f.id);
    await savePrefs(f.id, dad.member.id, { ...DEFAULT_PREFS, routineReminders: false });
    const runner = await runners.start({ familyIds: [f.id] });
    const today = localDateAt(new Date(), f.timeZone);
    expect(
      await scheduleNotices(runner.boss, instantAt(today, 605, f.timeZone), { familyIds: [f.id] }),
    ).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(mum.device.attempts + dad.device.attempts).toBe(0);
  });

  it("summarise each kid's week on its last evening, once", async () => {
    const { f, kids, routine } = await morning();
    const mum = await parentWithDevice(f.id);
    const runner = await runners.start({ familyIds: [f.id] });
    // This family week's last day (weeks start on Monday here), at 18:30.
    const today = localDateAt(new Date(), f.timeZone);
    const lastDay = addDays(today, 6 - dayOfWeek(today, f.weekStart));
    const weekStart = addDays(lastDay, -6);
    for (const item of routine.items)
      await checkItem(f.id, kids[0]!.id, item.id, today, randomUUID());
    const evening = instantAt(lastDay, 18 * 60 + 30, f.timeZone);
    expect(
      await scheduleNotices(runner.boss, instantAt(lastDay, 17 * 60, f.timeZone), {
        familyIds: [f.id],
      }),
    ).toBe(0);
    // Three kids (one not in the routine): three summaries, once.
    expect(await scheduleNotices(runner.boss, evening, { familyIds: [f.id] })).toBe(3);
    expect(await scheduleNotices(runner.boss, evening, { familyIds: [f.id] })).toBe(0);
    const messages = await received(mum.device, 3);
    const first = messages.find((m) => m.message.title === `${kids[0]!.displayName}’s week`);
    expect(first!.message.body).toBe(
      `Routines finished: 1 of 7. Stars earned: ${routine.routine.points}. Habits logged: 0.`,
    );
    expect(
      await db.pushNotice.count({ where: { key: `weekly:${kids[0]!.id}:${weekStart}` } }),
    ).toBe(1);
  });
});

describe("a savings goal reached", () => {
  it("reaches the parents who hear about rewards, once", async () => {
    const { family: f, kid } = await family(); // 12 stars
    const mum = await parentWithDevice(f.id);
    const runner = await runners.start({ familyIds: [f.id] });
    const reward = await db.reward.create({
      data: { familyId: f.id, name: "Zoo", emoji: "🦁", cost: 10 },
    });
    await setGoal(f.id, kid.id, { kind: "REWARD", rewardId: reward.id });
    // What the allowance job does after paying, every 5 minutes; the second run finds nothing.
    await queueGoalPushes(runner.boss, await markReachedGoals({ familyIds: [f.id] }));
    await queueGoalPushes(runner.boss, await markReachedGoals({ familyIds: [f.id] }));
    const [message] = await received(mum.device);
    expect(message!.message).toMatchObject({
      title: `${kid.displayName} reached a goal`,
      body: `${kid.displayName} has saved enough for 🦁 Zoo.`,
      url: `/money/${kid.id}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mum.device.received).toHaveLength(1);
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
