// The cross-family harness (SECURITY.md #1). Two families are seeded with one row of every kind;
// each case acts as family A's parent against family B's ids, and the harness asserts that the
// answer is a refusal and that not one of B's rows changed. Every feature adds its actions and
// route handlers to the case lists in lib/cross-family.integration.test.ts.
import { createECDH, randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newInviteToken, inviteExpiry } from "@/lib/families/rules";
import {
  createApiTokenRow,
  createFamily,
  createHabit,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";
import { toDbDate } from "@/lib/time/rules";

export type FamilyGraph = Awaited<ReturnType<typeof seedFamilyGraph>>;

/** A family with one row of every kind the app has, so every kind of id can be aimed at it. */
export async function seedFamilyGraph(db: PrismaClient) {
  const family = await createFamily(db);
  const parent = await createParent(db, family.id);
  const kid = await createKid(db, family.id, {
    pinHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
  });
  const { routine, version, items } = await createRoutine(db, family.id, { kidIds: [kid.id] });
  const item = items[0]!;
  const check = await db.itemCheck.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      itemId: item.id,
      versionId: version.id,
      localDate: toDbDate("2026-11-20"),
    },
  });
  const habit = await createHabit(db, family.id, kid.id);
  const habitLog = await db.habitLog.create({
    data: { familyId: family.id, habitId: habit.id, localDate: toDbDate("2026-11-20") },
  });
  const { token, tokenHash } = newInviteToken();
  const invite = await db.familyInvite.create({
    data: {
      familyId: family.id,
      createdById: parent.member.id,
      tokenHash,
      expiresAt: inviteExpiry(new Date()),
    },
  });
  const tablet = await db.tabletDevice.create({
    data: {
      familyId: family.id,
      createdById: parent.member.id,
      name: "Tablet",
      tokenHash: newInviteToken().tokenHash,
    },
  });
  const apiToken = await createApiTokenRow(db, family.id, parent.member.id, "READ_WRITE");
  const reward = await db.reward.create({
    data: { familyId: family.id, name: "Ice cream", emoji: "🍦", cost: 20 },
  });
  await db.pointsEntry.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      delta: 50,
      source: "HABIT",
      sourceKey: `habit:${habitLog.id}`,
      reason: habit.name,
    },
  });
  const rewardRequest = await db.rewardRequest.create({
    data: { familyId: family.id, memberId: kid.id, rewardId: reward.id, cost: 20 },
  });
  const webhook = await db.webhookEndpoint.create({
    data: {
      familyId: family.id,
      createdById: parent.member.id,
      url: "http://127.0.0.1:9/hook",
      events: ["check.added"],
      secret: "whsec_test",
      disabledAt: new Date(),
    },
  });
  const feed = await db.calendarFeed.create({
    data: {
      familyId: family.id,
      createdById: parent.member.id,
      tokenHash: newInviteToken().tokenHash,
    },
  });
  const trigger = await db.triggerLink.create({
    data: {
      familyId: family.id,
      kidId: kid.id,
      habitId: habit.id,
      label: "Kid · Habit",
      createdById: parent.member.id,
      tokenHash: newInviteToken().tokenHash,
    },
  });
  const device = await db.pushSubscription.create({
    data: {
      familyId: family.id,
      memberId: parent.member.id,
      endpoint: `https://push.example.net/send/${randomUUID()}`,
      p256dh: browserKey(),
      auth: Buffer.alloc(16, 1).toString("base64url"),
      label: "Chrome on Android",
      locale: "en",
    },
  });
  await db.moneyEntry.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      jar: "SAVE",
      amount: 900,
      kind: "DEPOSIT",
      sourceKey: `deposit:${randomUUID()}`,
      note: "Grandma",
    },
  });
  await db.wallet.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      allowance: 500,
      startsOn: new Date("2026-11-01T00:00:00Z"),
      savePct: 20,
    },
  });
  await db.allowancePeriod.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      payday: new Date("2026-11-07T00:00:00Z"),
      amount: 0,
      done: 1,
      needed: 5,
    },
  });
  await db.savingsGoal.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      kind: "WISH",
      label: "Bike",
      emoji: "🚲",
      price: 5000,
    },
  });
  await db.notificationPrefs.create({
    data: { familyId: family.id, memberId: parent.member.id, quietStart: 1320, quietEnd: 420 },
  });
  // A pattern that starts in the far future and a range in the past: nothing a test of today reads.
  await db.awayPattern.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      place: "Dad's",
      startDate: toDbDate("2099-01-05"),
      cycleDays: 14,
      awayDays: [5, 6],
    },
  });
  // The routine takes turns from the far future (before it, every kid does it), with a swapped
  // day in the past: a swap of another family's day has a rotation to aim at.
  await db.routine.update({
    where: { id: routine.id },
    data: { turns: "DAY", turnsFrom: toDbDate("2099-01-05") },
  });
  await db.rotationTurn.create({
    data: {
      familyId: family.id,
      routineId: routine.id,
      localDate: toDbDate("2020-02-01"),
      memberId: kid.id,
      kind: "SWAP",
    },
  });
  // Who took a pool chore on a past day (the routine was one then): a row for the snapshot.
  await db.poolClaim.create({
    data: {
      familyId: family.id,
      routineId: routine.id,
      localDate: toDbDate("2020-02-01"),
      memberId: kid.id,
      claimedAt: new Date("2020-02-01T08:00:00Z"),
    },
  });
  const awayDay = await db.awayDay.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      kind: "AWAY",
      startDate: toDbDate("2020-02-01"),
      endDate: toDbDate("2020-02-02"),
      place: "Grandma's",
    },
  });
  return {
    awayDayId: awayDay.id,
    deviceId: device.id,
    deviceEndpoint: device.endpoint,
    webhookId: webhook.id,
    calendarFeedId: feed.id,
    triggerId: trigger.id,
    familyId: family.id,
    tabletId: tablet.id,
    apiTokenId: apiToken.id,
    rewardId: reward.id,
    rewardRequestId: rewardRequest.id,
    /** The family's own read-write API token (a secret, as a script would hold it). */
    apiToken: apiToken.token,
    parent,
    kidId: kid.id,
    routineId: routine.id,
    versionId: version.id,
    cardId: item.cardId,
    itemId: item.id,
    checkId: check.id,
    habitId: habit.id,
    habitLogId: habitLog.id,
    inviteId: invite.id,
    inviteToken: token,
  };
}

/** A browser's push key: a real P-256 point, as the app accepts only those. */
export function browserKey(): string {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return ecdh.getPublicKey().toString("base64url");
}

/** Every row that belongs to a family, in a stable order: equal snapshots mean nothing changed. */
export async function snapshotFamily(db: PrismaClient, familyId: string): Promise<string> {
  const where = { familyId };
  const orderBy = { id: "asc" } as const;
  const tables = await Promise.all([
    db.family.findUnique({ where: { id: familyId } }),
    db.familyMember.findMany({ where, orderBy }),
    db.user.findMany({ where: { memberships: { some: { familyId } } }, orderBy }),
    db.routine.findMany({ where, orderBy }),
    db.routineAssignment.findMany({ where, orderBy }),
    db.routineVersion.findMany({ where, orderBy }),
    db.routineCard.findMany({ where, orderBy }),
    db.routineItem.findMany({ where, orderBy }),
    db.itemCheck.findMany({ where, orderBy }),
    db.routineCompletion.findMany({ where, orderBy }),
    db.habit.findMany({ where, orderBy }),
    db.habitLog.findMany({ where, orderBy }),
    db.habitStreak.findMany({ where, orderBy }),
    db.habitPause.findMany({ where, orderBy }),
    db.familyInvite.findMany({ where, orderBy }),
    db.tabletDevice.findMany({ where, orderBy }),
    db.apiToken.findMany({ where, orderBy }),
    db.pointsEntry.findMany({ where, orderBy }),
    db.reward.findMany({ where, orderBy }),
    db.rewardRequest.findMany({ where, orderBy }),
    db.undoneEvent.findMany({ where, orderBy: { clientEventId: "asc" } }),
    db.tabletRefusal.findMany({ where, orderBy }),
    db.checkCorrection.findMany({ where, orderBy }),
    // What happened, not when a dispatcher (another test's, running meanwhile) picked it up.
    db.outboxEvent
      .findMany({ where, orderBy, select: { id: true, type: true, data: true } })
      .then((rows) => rows.map((row) => ({ ...row, id: String(row.id) }))),
    db.webhookEndpoint.findMany({ where, orderBy }),
    db.calendarFeed.findMany({ where, orderBy }),
    db.triggerLink.findMany({ where, orderBy }),
    db.pushSubscription.findMany({ where, orderBy }),
    db.notificationPrefs.findMany({ where, orderBy: { memberId: "asc" } }),
    db.moneyEntry.findMany({ where, orderBy }),
    db.wallet.findMany({ where, orderBy: { memberId: "asc" } }),
    db.allowancePeriod.findMany({ where, orderBy }),
    db.savingsGoal.findMany({ where, orderBy }),
    db.awayPattern.findMany({ where, orderBy }),
    db.awayDay.findMany({ where, orderBy }),
    db.rotationTurn.findMany({ where, orderBy }),
    db.poolClaim.findMany({ where, orderBy }),
    db.webhookDelivery
      .findMany({ where, orderBy })
      .then((rows) => rows.map((row) => ({ ...row, eventId: String(row.eventId) }))),
    // Photos and voices by id and checksum (their bytes do not change without a new checksum).
    db.media.findMany({ where, orderBy, select: { id: true, kind: true, sha256: true } }),
  ]);
  return JSON.stringify(tables);
}

export type CrossFamilyCase = {
  name: string;
  /** Acts as family A's parent, aiming at family B's rows. */
  run: (victim: FamilyGraph) => Promise<unknown>;
};

/** What a refusal looks like: failed action state (not found / forbidden / invalid) or a throw. */
export async function expectRefusedAndUnchanged(
  db: PrismaClient,
  victim: FamilyGraph,
  testCase: CrossFamilyCase,
) {
  const before = await snapshotFamily(db, victim.familyId);
  const outcome = await testCase.run(victim).then(
    (result) => ({ threw: false as const, result }),
    (error: unknown) => ({ threw: true as const, error }),
  );
  if (!outcome.threw) {
    expect(outcome.result, `${testCase.name} must be refused`).toMatchObject({ ok: false });
  } else {
    // A redirect is how a successful action ends (e.g. "created, go to the new page"): not a refusal.
    const digest = String((outcome.error as { digest?: unknown })?.digest ?? "");
    expect(digest, `${testCase.name} succeeded and redirected`).not.toMatch(/^NEXT_REDIRECT/);
  }
  expect(await snapshotFamily(db, victim.familyId), `${testCase.name} changed family B`).toBe(
    before,
  );
}
