// Every server action, run as family A's parent against family B's ids: refused, B unchanged.
// New features add their actions (and, with the API, their route handlers) to `cases`.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import {
  seedFamilyGraph,
  browserKey,
  expectRefusedAndUnchanged,
  snapshotFamily,
  type CrossFamilyCase,
  type FamilyGraph,
} from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";
import { signedInAs } from "@/lib/testing/session-mock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const families = await import("@/lib/families/actions");
const account = await import("@/lib/auth/actions");
const routines = await import("@/lib/routines/actions");
const tablet = await import("@/lib/tablet/actions");
const habits = await import("@/lib/habits/actions");
const apiTokens = await import("@/lib/api-tokens/actions");
const webhooks = await import("@/lib/webhooks/actions");
const calendars = await import("@/lib/calendar/actions");
const triggers = await import("@/lib/triggers/actions");
const push = await import("@/lib/push/actions");
const money = await import("@/lib/money/actions");
const away = await import("@/lib/away/actions");
const rotation = await import("@/lib/rotation/actions");
const points = await import("@/lib/points/actions");
const checks = await import("@/lib/checks/actions");

// A valid routine draft: only the ids in it point at the other family.
const routineDraft = (kidIds: string[]) =>
  JSON.stringify({
    name: "Hijacked",
    icon: "🌅",
    weekdays: [1],
    start: "07:00",
    end: "08:00",
    kidIds,
    cards: [{ title: "X", pictureEmoji: "⭐", durationSeconds: null, items: [{ label: "Y" }] }],
  });

const db = testDb();
let attacker: FamilyGraph;
let victim: FamilyGraph;

beforeAll(async () => {
  attacker = await seedFamilyGraph(db);
  victim = await seedFamilyGraph(db);
  signedInAs(attacker.parent.user.id, 0);
});
afterAll(() => db.$disconnect());

const call = callAction;

const cases: CrossFamilyCase[] = [
  {
    name: "updateKid",
    run: (b) =>
      call(families.updateKidAction, {
        kidId: b.kidId,
        displayName: "Hacked",
        avatarEmoji: "🦊",
        avatarColor: "#c2410c",
      }),
  },
  {
    name: "updateKidLook",
    run: (b) =>
      call(families.updateKidLookAction, {
        kidId: b.kidId,
        readingLevel: "PICTURES",
        cardSize: "EXTRA_LARGE",
        readSteps: "on",
        timerSound: "SILENT",
      }),
  },
  { name: "archiveKid", run: (b) => call(families.archiveKidAction, { kidId: b.kidId }) },
  { name: "restoreKid", run: (b) => call(families.restoreKidAction, { kidId: b.kidId }) },
  {
    name: "setKidPin",
    run: (b) => call(families.setKidPinAction, { kidId: b.kidId, pin: "0000" }),
  },
  { name: "clearKidPin", run: (b) => call(families.clearKidPinAction, { kidId: b.kidId }) },
  {
    name: "updateKid on B's parent",
    run: (b) =>
      call(families.updateKidAction, {
        kidId: b.parent.member.id,
        displayName: "Hacked",
        avatarEmoji: "🦊",
        avatarColor: "#c2410c",
      }),
  },
  { name: "revokeInvite", run: (b) => call(families.revokeInviteAction, { inviteId: b.inviteId }) },
  {
    name: "removeParent on B's parent",
    run: (b) => call(families.removeParentAction, { memberId: b.parent.member.id }),
  },
  {
    name: "acceptInvite into B",
    run: (b) => call(families.acceptInviteAction, { token: b.inviteToken }),
  },
  // Mass assignment: a family or role in the body is refused, not used.
  {
    name: "addKid with B's familyId",
    run: (b) =>
      call(families.addKidAction, {
        displayName: "Mole",
        avatarEmoji: "🦊",
        avatarColor: "#c2410c",
        familyId: b.familyId,
      }),
  },
  {
    name: "addKid with a role",
    run: () =>
      call(families.addKidAction, {
        displayName: "Mole",
        avatarEmoji: "🦊",
        avatarColor: "#c2410c",
        role: "PARENT",
      }),
  },
  {
    name: "updateFamily with B's familyId",
    run: (b) =>
      call(families.updateFamilyAction, {
        name: "Pwned",
        timeZone: "UTC",
        dayStartHour: "0",
        familyId: b.familyId,
      }),
  },
  {
    name: "createInvite with B's familyId",
    run: (b) => call(families.createInviteAction, { familyId: b.familyId }),
  },
  {
    name: "saveRoutine on B's routine",
    run: (b) =>
      call(routines.saveRoutineAction, {
        routineId: b.routineId,
        revision: "0",
        draft: routineDraft([]),
      }),
  },
  {
    name: "createRoutine assigned to B's kid",
    run: (b) => call(routines.saveRoutineAction, { draft: routineDraft([b.kidId]) }),
  },
  {
    name: "saveRoutine (own) assigned to B's kid",
    run: (b) =>
      call(routines.saveRoutineAction, {
        routineId: attacker.routineId,
        revision: "0",
        draft: routineDraft([b.kidId]),
      }),
  },
  {
    name: "archiveRoutine",
    run: (b) => call(routines.archiveRoutineAction, { routineId: b.routineId }),
  },
  {
    name: "restoreRoutine",
    run: (b) => call(routines.restoreRoutineAction, { routineId: b.routineId }),
  },
  {
    name: "saveRoutine with B's familyId",
    run: (b) => call(routines.saveRoutineAction, { draft: routineDraft([]), familyId: b.familyId }),
  },
  {
    name: "correctCheck: add a check for B's kid",
    run: (b) =>
      call(checks.correctCheckAction, {
        kidId: b.kidId,
        itemId: b.itemId,
        date: new Date().toISOString().slice(0, 10),
        checked: "true",
      }),
  },
  {
    name: "correctCheck: remove B's check",
    run: (b) =>
      call(checks.correctCheckAction, {
        kidId: b.kidId,
        itemId: b.itemId,
        date: "2026-11-20",
        checked: "false",
      }),
  },
  { name: "revokeTablet", run: (b) => call(tablet.revokeTabletAction, { deviceId: b.tabletId }) },
  { name: "retireReward", run: (b) => call(points.retireRewardAction, { rewardId: b.rewardId }) },
  {
    name: "setRewardPhoto",
    run: (b) => call(points.setRewardPhotoAction, { rewardId: b.rewardId, photoId: "" }),
  },
  {
    name: "setHabitPhoto",
    run: (b) => call(habits.setHabitPhotoAction, { habitId: b.habitId, photoId: "" }),
  },
  { name: "offerReward", run: (b) => call(points.offerRewardAction, { rewardId: b.rewardId }) },
  {
    name: "approveRequest",
    run: (b) => call(points.approveRequestAction, { requestId: b.rewardRequestId }),
  },
  {
    name: "denyRequest",
    run: (b) => call(points.denyRequestAction, { requestId: b.rewardRequestId }),
  },
  {
    name: "revokeApiToken",
    run: (b) => call(apiTokens.revokeApiTokenAction, { tokenId: b.apiTokenId }),
  },
  {
    name: "deleteWebhook",
    run: (b) => call(webhooks.deleteWebhookAction, { webhookId: b.webhookId }),
  },
  {
    name: "revokeCalendarFeed",
    run: (b) => call(calendars.revokeFeedAction, { feedId: b.calendarFeedId }),
  },
  {
    name: "createCalendarFeedForTheirKid",
    run: (b) => call(calendars.createFeedAction, { whose: b.kidId }),
  },
  {
    name: "revokeTrigger",
    run: (b) => call(triggers.revokeTriggerAction, { triggerId: b.triggerId }),
  },
  {
    name: "createTriggerForTheirHabit",
    run: (b) => call(triggers.createTriggerAction, { target: `habit:${b.kidId}:${b.habitId}` }),
  },
  {
    name: "removePushDevice",
    run: (b) => call(push.removeDeviceAction, { deviceId: b.deviceId }),
  },
  { name: "testPushDevice", run: (b) => call(push.testPushAction, { deviceId: b.deviceId }) },
  {
    name: "turnOffPushWithTheirEndpoint",
    run: (b) => call(push.turnOffPushAction, { endpoint: b.deviceEndpoint }),
  },
  {
    name: "turnOnPushWithTheirEndpoint",
    run: (b) =>
      call(push.turnOnPushAction, {
        subscription: JSON.stringify({
          endpoint: b.deviceEndpoint,
          keys: {
            p256dh: browserKey(),
            auth: Buffer.alloc(16, 9).toString("base64url"),
          },
        }),
        locale: "en",
      }),
  },
  {
    name: "putMoneyInTheirKidsJar",
    run: (b) =>
      call(money.changeMoneyAction, {
        kidId: b.kidId,
        kind: "DEPOSIT",
        jar: "SPEND",
        amount: "5",
        note: "x",
      }),
  },
  {
    name: "takeMoneyFromTheirKid",
    run: (b) =>
      call(money.changeMoneyAction, {
        kidId: b.kidId,
        kind: "WITHDRAWAL",
        jar: "SAVE",
        amount: "1",
        note: "x",
      }),
  },
  {
    name: "moveTheirKidsMoney",
    run: (b) =>
      call(money.moveMoneyAction, { kidId: b.kidId, from: "SAVE", to: "SPEND", amount: "1" }),
  },
  {
    name: "correctTheirKidsStars",
    run: (b) =>
      call(money.correctPointsAction, {
        kidId: b.kidId,
        direction: "remove",
        stars: "1",
        reason: "x",
      }),
  },
  {
    name: "exchangeTheirKidsStars",
    run: (b) => call(money.exchangeAction, { kidId: b.kidId, stars: "10" }),
  },
  {
    name: "setTheirKidsAllowance",
    run: (b) =>
      call(money.saveWalletAction, {
        kidId: b.kidId,
        allowance: "9",
        rhythm: "WEEKLY",
        weekday: "6",
        savePct: "0",
        givePct: "0",
      }),
  },
  {
    name: "setTheirKidsGoal",
    run: (b) =>
      call(money.setGoalAction, {
        kidId: b.kidId,
        kind: "WISH",
        label: "X",
        emoji: "🎁",
        price: "1",
      }),
  },
  { name: "closeTheirKidsGoal", run: (b) => call(money.closeGoalAction, { kidId: b.kidId }) },
  {
    name: "swapTheirRoutinesDay",
    run: (b) =>
      call(rotation.swapTurnAction, { routineId: b.routineId, date: "2026-11-30", kidId: b.kidId }),
  },
  {
    name: "swapMyRoutinesDayToTheirKid",
    run: (b) =>
      call(rotation.swapTurnAction, {
        routineId: attacker.routineId,
        date: "2026-11-30",
        kidId: b.kidId,
      }),
  },
  {
    name: "setTheirKidsAwayPattern",
    run: (b) =>
      call(away.setAwayPatternAction, {
        kidId: b.kidId,
        place: "X",
        startDate: "2026-11-30",
        cycleDays: "7",
        awayDays: ["0", "1"],
      }),
  },
  {
    name: "clearTheirKidsAwayPattern",
    run: (b) => call(away.clearAwayPatternAction, { kidId: b.kidId }),
  },
  {
    name: "addTheirKidsAwayDays",
    run: (b) =>
      call(away.addAwayRangeAction, { kidId: b.kidId, kind: "AWAY", startDate: "2026-11-30" }),
  },
  {
    name: "removeTheirKidsAwayDays",
    run: (b) => call(away.removeAwayRangeAction, { kidId: b.kidId, rangeId: b.awayDayId }),
  },
  {
    name: "removeTheirAwayDaysThroughMyKid",
    run: (b) => call(away.removeAwayRangeAction, { kidId: attacker.kidId, rangeId: b.awayDayId }),
  },
  {
    name: "enableWebhook",
    run: (b) => call(webhooks.enableWebhookAction, { webhookId: b.webhookId }),
  },
  { name: "archiveHabit", run: (b) => call(habits.archiveHabitAction, { habitId: b.habitId }) },
  { name: "restoreHabit", run: (b) => call(habits.restoreHabitAction, { habitId: b.habitId }) },
  {
    name: "logHabit",
    run: (b) =>
      call(habits.logHabitAction, {
        habitId: b.habitId,
        date: new Date().toISOString().slice(0, 10),
      }),
  },
  {
    name: "undoHabitLog",
    run: (b) => call(habits.undoHabitLogAction, { habitId: b.habitId, logId: b.habitLogId }),
  },
  {
    name: "pause B's habit",
    run: (b) =>
      call(habits.pauseHabitAction, {
        habitId: b.habitId,
        startDate: "2026-11-20",
        endDate: "2026-11-21",
        reason: "x",
      }),
  },
  {
    name: "pause B's kid",
    run: (b) =>
      call(habits.pauseHabitAction, {
        memberId: b.kidId,
        startDate: "2026-11-20",
        endDate: "2026-11-21",
        reason: "x",
      }),
  },
  {
    name: "createHabit for B's kid",
    run: (b) =>
      call(habits.createHabitAction, {
        memberId: b.kidId,
        name: "X",
        icon: "📚",
        cadence: "DAILY",
        weekdays: "1",
        startDate: "2026-11-01",
      }),
  },
  {
    name: "changeName with B's user id",
    run: (b) => call(account.changeNameAction, { name: "Pwned", userId: b.parent.user.id }),
  },
];

describe("cross-family harness", () => {
  for (const testCase of cases) {
    it(`refuses ${testCase.name} against another family and changes nothing there`, async () => {
      await expectRefusedAndUnchanged(db, victim, testCase);
    });
  }

  it("still lets family A change its own rows with the same actions (the harness can fail)", async () => {
    const before = await snapshotFamily(db, attacker.familyId);
    const result = await call(families.updateKidAction, {
      kidId: attacker.kidId,
      displayName: "Renamed",
      avatarEmoji: "🐢",
      avatarColor: "#15803d",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await snapshotFamily(db, attacker.familyId)).not.toBe(before);
    const ownCase: CrossFamilyCase = {
      name: "own kid",
      run: (a) => call(families.archiveKidAction, { kidId: a.kidId }),
    };
    await expect(expectRefusedAndUnchanged(db, attacker, ownCase)).rejects.toThrow();
  });
});
