// Points and rewards against the database: awards once whatever the taps, undo gives back at most
// what is left, and two approvals at once can never spend the same points.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { checkItem, uncheckItem } from "@/lib/checks/queries";
import { db } from "@/lib/db";
import { addDays, localDateAt } from "@/lib/time/rules";
import { logHabit, undoHabitLog } from "@/lib/habits/logs";
import { memberBalance } from "@/lib/points/queries";
import {
  approveRequest,
  createReward,
  denyRequest,
  requestReward,
  setRewardActive,
} from "@/lib/points/rewards";
import { updateReward } from "@/lib/points/lists";
import {
  createFamily,
  createHabit,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";

afterAll(() => db.$disconnect());
// Yesterday in the factories' zone: within the days a check may be made, on any day the suite runs.
const DAY = addDays(localDateAt(new Date(), "Europe/Stockholm"), -1);

async function setup() {
  const family = await createFamily(db);
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const routine = await createRoutine(db, family.id, { kidIds: [kid.id], cards: [["A"], ["B"]] });
  return { familyId: family.id, parentId: parent.id, kidId: kid.id, routine };
}

const entries = (memberId: string) =>
  db.pointsEntry.findMany({ where: { memberId }, orderBy: { createdAt: "asc" } });

describe("points for routines", () => {
  it("completing a routine awards its points once, whatever the taps and tablets", async () => {
    const { familyId, kidId, routine } = await setup();
    await checkItem(familyId, kidId, routine.items[0]!.id, DAY, randomUUID());
    // The last item tapped 20 times at once, as from two tablets.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        checkItem(familyId, kidId, routine.items[1]!.id, DAY, randomUUID()),
      ),
    );
    expect((await entries(kidId)).map((e) => [e.source, e.delta])).toEqual([["ROUTINE", 10]]);
    expect(await memberBalance(familyId, kidId)).toBe(10);
  });

  it("an undo writes a reversing entry; completing again earns again", async () => {
    const { familyId, kidId, routine } = await setup();
    await checkItem(familyId, kidId, routine.items[0]!.id, DAY, randomUUID());
    const last = await checkItem(familyId, kidId, routine.items[1]!.id, DAY, randomUUID());
    await Promise.all([
      uncheckItem(familyId, kidId, last.checkId),
      uncheckItem(familyId, kidId, last.checkId),
    ]);
    expect(await memberBalance(familyId, kidId)).toBe(0);
    await checkItem(familyId, kidId, routine.items[1]!.id, DAY, randomUUID());
    expect((await entries(kidId)).map((e) => e.delta)).toEqual([10, -10, 10]);
    expect(await memberBalance(familyId, kidId)).toBe(10);
  });

  it("uses the routine's own points value, and 0 earns nothing", async () => {
    const { familyId, kidId, routine } = await setup();
    await db.routine.update({ where: { id: routine.routine.id }, data: { points: 0 } });
    for (const item of routine.items) await checkItem(familyId, kidId, item.id, DAY, randomUUID());
    expect(await entries(kidId)).toEqual([]);
  });
});

describe("points for habits", () => {
  it("a log earns the habit's points once; an undo takes them back", async () => {
    const { familyId, kidId } = await setup();
    const habit = await createHabit(db, familyId, kidId);
    const [first] = await Promise.all([
      logHabit(familyId, habit.id, { date: DAY, today: DAY }),
      logHabit(familyId, habit.id, { date: DAY, today: DAY }),
    ]);
    expect(await memberBalance(familyId, kidId)).toBe(5);
    await undoHabitLog(familyId, first.logId, DAY);
    expect((await entries(kidId)).map((e) => [e.source, e.delta])).toEqual([
      ["HABIT", 5],
      ["UNDO", -5],
    ]);
  });
});

describe("rewards", () => {
  async function kidWithPoints(points: number) {
    const context = await setup();
    await db.pointsEntry.create({
      data: {
        familyId: context.familyId,
        memberId: context.kidId,
        delta: points,
        source: "HABIT",
        sourceKey: `habit:${randomUUID()}`,
        reason: "Seed",
      },
    });
    return context;
  }

  it("two approvals at once whose total exceeds the balance: exactly one succeeds", async () => {
    for (let round = 0; round < 10; round++) {
      const { familyId, parentId, kidId } = await kidWithPoints(30);
      const cheap = await createReward(familyId, { name: "Ice cream", emoji: "🍦", cost: 20 });
      const dear = await createReward(familyId, { name: "Cinema", emoji: "🎬", cost: 25 });
      const one = await requestReward(familyId, kidId, cheap.id);
      const two = await requestReward(familyId, kidId, dear.id);
      const outcomes = await Promise.allSettled([
        approveRequest(familyId, one.id, parentId),
        approveRequest(familyId, two.id, parentId),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const balance = await memberBalance(familyId, kidId);
      expect([10, 5]).toContain(balance);
      expect(await db.rewardRequest.count({ where: { memberId: kidId, status: "PENDING" } })).toBe(
        1,
      );
    }
  });

  it("the same request approved twice at once spends once", async () => {
    const { familyId, parentId, kidId } = await kidWithPoints(100);
    const reward = await createReward(familyId, { name: "Game", emoji: "🎮", cost: 20 });
    const request = await requestReward(familyId, kidId, reward.id);
    const outcomes = await Promise.allSettled([
      approveRequest(familyId, request.id, parentId),
      approveRequest(familyId, request.id, parentId),
      denyRequest(familyId, request.id, parentId),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled").length).toBe(1);
    const spent = await db.pointsEntry.count({ where: { memberId: kidId, source: "REWARD" } });
    expect([0, 1]).toContain(spent);
    expect(await memberBalance(familyId, kidId)).toBe(100 - 20 * spent);
  });

  it("an undo after spending never makes the balance negative", async () => {
    const { familyId, parentId, kidId } = await setup();
    const habit = await createHabit(db, familyId, kidId);
    const log = await logHabit(familyId, habit.id, { date: DAY, today: DAY });
    const reward = await createReward(familyId, { name: "Sticker", emoji: "⭐", cost: 4 });
    const request = await requestReward(familyId, kidId, reward.id);
    await approveRequest(familyId, request.id, parentId);
    await undoHabitLog(familyId, log.logId, DAY);
    expect(await memberBalance(familyId, kidId)).toBe(0);
    expect((await entries(kidId)).map((e) => e.delta)).toEqual([5, -4, -1]);
  });

  it("says why an approval cannot happen yet, and keeps the request open", async () => {
    const { familyId, parentId, kidId } = await kidWithPoints(3);
    const reward = await createReward(familyId, { name: "Bike ride", emoji: "🚲", cost: 10 });
    const request = await requestReward(familyId, kidId, reward.id);
    await expect(approveRequest(familyId, request.id, parentId)).rejects.toThrow(
      /Not enough stars yet: 3 of 10/,
    );
    expect(await db.rewardRequest.findUnique({ where: { id: request.id } })).toMatchObject({
      status: "PENDING",
    });
  });
});

describe("reward names", () => {
  it("two rewards on offer never share a name, ignoring case; retired ones may", async () => {
    const { familyId } = await setup();
    const first = await createReward(familyId, { name: "Ice cream", emoji: "🍦", cost: 5 });
    await expect(
      createReward(familyId, { name: "ice CREAM", emoji: "🍦", cost: 9 }),
    ).rejects.toThrow(/“ice CREAM” is already on offer/);
    const lego = await createReward(familyId, { name: "Lego", emoji: "🧸", cost: 5 });
    await expect(updateReward(familyId, lego.id, { name: "Ice Cream" })).rejects.toThrow(
      /already on offer/,
    );
    // Retired, the name is free again; offering the old one back then says no.
    await setRewardActive(familyId, first.id, false);
    await createReward(familyId, { name: "Ice cream", emoji: "🍦", cost: 7 });
    await expect(setRewardActive(familyId, first.id, true)).rejects.toThrow(/already on offer/);
    // Another family may use any name.
    const other = await setup();
    await createReward(other.familyId, { name: "Ice cream", emoji: "🍦", cost: 5 });
    expect(
      await db.reward.count({
        where: { familyId, name: { equals: "ice cream", mode: "insensitive" } },
      }),
    ).toBe(2);
  });
});
