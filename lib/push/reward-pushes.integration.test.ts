// Parents' push notifications about rewards (issue 19) against the real database, the job queue
// and a push service on this machine that checks VAPID and decrypts each payload as the browser
// would (lib/testing/push-service.ts): a reward request reaches every device of every parent who
// wants it, in that parent's language; Approve from the notification approves once; a forged or
// removed device's token is refused; a savings goal reached is told once.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { denyRequest, requestReward } from "@/lib/points/rewards";
import { answerFromNotification } from "@/lib/push/answer";
import {
  removeDevice,
  saveSubscription,
  savePrefs,
  DEFAULT_PREFS,
  vapidKeys,
  vapidSubject,
} from "@/lib/push/queries";
import { queueGoalPushes } from "@/lib/push/schedule";
import { markReachedGoals, setGoal } from "@/lib/money/goals";
import { sendPush } from "@/lib/push/send";
import { family, pushTestContext, received } from "@/lib/push/testing";
import type { TestDevice } from "@/lib/testing/push-service";

const { runners, service, parentWithDevice } = pushTestContext();

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
