// The family tablet's boundaries: its own family only, never a parent's powers, and a kid's day
// that costs the same few statements with two years of history as with none.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callAction, type FormAction } from "@/lib/testing/actions";
import { db } from "@/lib/db";
import {
  expectRefusedAndUnchanged,
  seedFamilyGraph,
  type CrossFamilyCase,
  type FamilyGraph,
} from "@/lib/testing/cross-family";
import { createFamily, createHabit, createKid, createRoutine } from "@/lib/testing/factories";
import { addDays, instantAt, isoWeekday, localDateAt, toDbDate } from "@/lib/time/rules";
import { setTestCookie, signedInAs } from "@/lib/testing/session-mock";
import { countStatements } from "@/lib/testing/statements";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const tablet = await import("@/lib/tablet/actions");
const families = await import("@/lib/families/actions");
const routines = await import("@/lib/routines/actions");
const points = await import("@/lib/points/actions");
const { enableTablet } = await import("@/lib/tablet/queries");
const { TABLET_COOKIE } = await import("@/lib/auth/tablet-cookie");
const { getTabletSession, grantKidPass } = await import("@/lib/tablet/session");
const { kidDays } = await import("@/lib/tablet/kid-day");

const call = callAction;
type Action = FormAction;
const syncRoute = await import("@/app/tablet/sync/route");

/**
 * One tap through POST /tablet/sync, as the tablet's queue sends it; `ok: false` when the server
 * refused it (a refusal is kept for the tablet's own family, never written to another's).
 */
async function sync(tap: Record<string, string>) {
  const response = await syncRoute.POST(
    new Request("http://app.test/tablet/sync", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://app.test", host: "app.test" },
      body: JSON.stringify({
        taps: [{ id: randomUUID(), at: new Date().toISOString(), ...tap }],
        waiting: 0,
      }),
    }),
  );
  if (!response.ok) return { ok: false };
  const { results } = (await response.json()) as { results: { status: string }[] };
  return { ok: results.every((r) => r.status === "done") };
}

let a: FamilyGraph;
let b: FamilyGraph;
let ownKidId: string;
let ownItemId: string;

beforeAll(async () => {
  a = await seedFamilyGraph(db);
  b = await seedFamilyGraph(db);
  // Family A's tablet, with A's parent cookie still lingering on the device.
  signedInAs(a.parent.user.id, 0);
  const device = await enableTablet(a.familyId, a.parent.member.id, "Test tablet");
  setTestCookie(TABLET_COOKIE, device.token);
  const kid = await createKid(db, a.familyId);
  const routine = await createRoutine(db, a.familyId, { kidIds: [kid.id] });
  ownKidId = kid.id;
  ownItemId = routine.items[0]!.id;
  // A's kid is unlocked on this tablet, as after a right PIN.
  const kidA = await db.familyMember.findUniqueOrThrow({ where: { id: a.kidId } });
  await grantKidPass((await getTabletSession())!, { id: kidA.id, pinVersion: kidA.pinVersion });
});
afterAll(() => db.$disconnect());

describe("the family tablet", () => {
  it("checks an item of its own kid (so the refusals below are real)", async () => {
    const result = await sync({ kind: "check", kidId: ownKidId, itemId: ownItemId });
    expect(result).toMatchObject({ ok: true });
  });

  it("lets a kid ask for an own reward (so the refusals below are real), once while it is open", async () => {
    const open = () =>
      db.rewardRequest.count({
        where: { memberId: a.kidId, rewardId: a.rewardId, status: "PENDING" },
      });
    const before = await open();
    expect(await sync({ kind: "reward_request", kidId: a.kidId, rewardId: a.rewardId })).toEqual({
      ok: true,
    });
    expect(await sync({ kind: "reward_request", kidId: a.kidId, rewardId: a.rewardId })).toEqual({
      ok: true,
    });
    expect(await open()).toBe(Math.max(before, 1));
  });

  it("is refused by every parent action with 'forbidden', even with a parent cookie on the device", async () => {
    const parentActions: [Action, Record<string, string>][] = [
      [families.addKidAction, { displayName: "X", avatarEmoji: "🦊", avatarColor: "#c2410c" }],
      [families.updateFamilyAction, { name: "X", timeZone: "UTC", dayStartHour: "0" }],
      [families.createInviteAction, {}],
      [families.removeParentAction, { memberId: a.parent.member.id }],
      [families.archiveKidAction, { kidId: a.kidId }],
      [routines.archiveRoutineAction, { routineId: a.routineId }],
      [tablet.enableTabletAction, { name: "Another" }],
      [points.approveRequestAction, { requestId: a.rewardRequestId }],
      [points.denyRequestAction, { requestId: a.rewardRequestId }],
      [points.createRewardAction, { name: "X", emoji: "🍦", cost: "5" }],
    ];
    for (const [action, fields] of parentActions) {
      const result = await call(action, fields);
      expect(result).toEqual({
        ok: false,
        message: "The family tablet cannot do this. Ask a parent.",
      });
    }
  });

  const cases: CrossFamilyCase[] = [
    {
      name: "check B's item for B's kid",
      run: (v) => sync({ kind: "check", kidId: v.kidId, itemId: v.itemId }),
    },
    {
      name: "check B's item for an own kid",
      run: (v) => sync({ kind: "check", kidId: ownKidId, itemId: v.itemId }),
    },
    {
      name: "undo B's check",
      run: (v) => sync({ kind: "uncheck", kidId: v.kidId, itemId: v.itemId, checkId: v.checkId }),
    },
    {
      name: "undo B's check as an own kid",
      run: (v) => sync({ kind: "uncheck", kidId: a.kidId, itemId: v.itemId, checkId: v.checkId }),
    },
    {
      name: "log B's habit for B's kid",
      run: (v) => sync({ kind: "habit_log", kidId: v.kidId, habitId: v.habitId }),
    },
    {
      name: "log B's habit as an own kid",
      run: (v) => sync({ kind: "habit_log", kidId: ownKidId, habitId: v.habitId }),
    },
    {
      name: "ask (queued) for B's reward as an own kid",
      run: (v) => sync({ kind: "reward_request", kidId: a.kidId, rewardId: v.rewardId }),
    },
    {
      name: "ask for B's reward as B's kid",
      run: (v) => sync({ kind: "reward_request", kidId: v.kidId, rewardId: v.rewardId }),
    },
    {
      name: "unlock B's kid",
      run: (v) => call(tablet.unlockKidAction, { kidId: v.kidId, pin: "0000" }),
    },
    {
      name: "keep B's kid's pass alive",
      run: (v) => call(tablet.stillHereAction, { kidId: v.kidId }),
    },
    {
      name: "revoke B's tablet",
      run: (v) => call(tablet.revokeTabletAction, { deviceId: v.tabletId }),
    },
  ];
  for (const testCase of cases) {
    it(`refuses to ${testCase.name} and changes nothing in family B`, async () => {
      await expectRefusedAndUnchanged(db, b, testCase);
    });
  }

  it("loads a kid's today and tomorrow (routines and habits) in 6 statements with two years of history as with none", async () => {
    const fresh = await createKid(db, a.familyId);
    const routine = await createRoutine(db, a.familyId, {
      kidIds: [fresh.id],
      cards: [["One"], ["Two", "Three"]],
    });
    const family = await db.family.findUniqueOrThrow({ where: { id: a.familyId } });
    const count = async () => {
      const { result: days, statements } = await countStatements(() =>
        kidDays({ familyId: a.familyId, ...family }, fresh.id),
      );
      return { statements, days };
    };
    const empty = await count();
    await db.itemCheck.createMany({
      data: Array.from({ length: 730 }, (_, day) => ({
        familyId: a.familyId,
        memberId: fresh.id,
        itemId: routine.items[day % 3]!.id,
        versionId: routine.version.id,
        localDate: new Date(Date.UTC(2024, 0, 1 + day)),
      })),
    });
    const history = await count();
    for (const day of empty.days)
      expect(day.routines.map((r) => r.id)).toContain(routine.routine.id);
    expect(history.statements).toBe(empty.statements);
    // Routines and habits of each day, and the kid's away calendar (pattern and days: issue 21).
    expect(history.statements).toBeLessThanOrEqual(6);
    console.log(
      `[measure] kid's day (today and tomorrow): ${empty.statements} statements with no history, ${history.statements} with 730 days (+2: the tablet with its family's calendar, and the kid)`,
    );
  });

  it("tomorrow is the next family day: its own routines and habits, nothing checked, starting where today ends", async () => {
    const family = await createFamily(db, { timeZone: "America/New_York", dayStartMinute: 4 * 60 });
    const kid = await createKid(db, family.id);
    const now = new Date();
    const today = localDateAt(now, family.timeZone, family.dayStartMinute);
    const tomorrow = addDays(today, 1);
    const daily = await createRoutine(db, family.id, { kidIds: [kid.id], cards: [["Teeth"]] });
    const onlyTomorrow = await createRoutine(db, family.id, {
      kidIds: [kid.id],
      weekdays: [isoWeekday(tomorrow)],
    });
    const habit = await createHabit(db, family.id, kid.id);
    await db.itemCheck.create({
      data: {
        familyId: family.id,
        memberId: kid.id,
        itemId: daily.items[0]!.id,
        versionId: daily.version.id,
        localDate: toDbDate(today),
      },
    });
    await db.habitLog.create({
      data: { familyId: family.id, habitId: habit.id, localDate: toDbDate(today) },
    });

    const [first, second] = await kidDays({ familyId: family.id, ...family }, kid.id, now);

    expect([first.date, second.date]).toEqual([today, tomorrow]);
    expect(first.startsAt).toBe(instantAt(today, 4 * 60, "America/New_York").toISOString());
    expect(second.startsAt).toBe(first.endsAt);
    expect(Date.parse(first.startsAt)).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime()).toBeLessThan(Date.parse(first.endsAt));
    expect(first.routines.map((r) => r.id)).toEqual([daily.routine.id]);
    expect(second.routines.map((r) => r.id).sort()).toEqual(
      [daily.routine.id, onlyTomorrow.routine.id].sort(),
    );
    const teeth = (day: typeof first) =>
      day.routines.find((r) => r.id === daily.routine.id)!.cards[0]!.items[0]!;
    expect(teeth(first).checkId).not.toBeNull();
    expect(teeth(second).checkId).toBeNull();
    expect(first.habits.find((h) => h.id === habit.id)?.logId).not.toBeNull();
    expect(second.habits.find((h) => h.id === habit.id)?.logId).toBeNull();
  });
});
