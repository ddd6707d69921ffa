// Savings goals (issue 20) against the real database: a goal keeps its price, shows as tiles, is
// reached once, and shows on the parents' Today page until it is closed.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { goalProgress, markReachedGoals, reachedGoals, setGoal } from "@/lib/money/goals";
import { changeMoney } from "@/lib/money/queries";
import { family } from "@/lib/money/testing";

afterAll(() => db.$disconnect());

describe("goals", () => {
  it("keep their price, show tiles, and are reached once", async () => {
    const { f, parent, kid } = await family();
    await setGoal(f.id, kid.id, { kind: "WISH", label: "Bike", emoji: "🚲", price: 2500 });
    await changeMoney(
      f.id,
      kid.id,
      { kind: "DEPOSIT", jar: "SAVE", amount: 1000, note: "Grandma" },
      parent.id,
    );
    const halfway = await goalProgress(f.id, kid.id);
    expect(halfway).toMatchObject({
      label: "Bike",
      price: 2500,
      have: 1000,
      reached: false,
      per: 1,
    });
    expect(halfway!.tiles).toHaveLength(25);
    expect(halfway!.tiles.filter((t) => t.filled === t.value)).toHaveLength(10);
    expect(await markReachedGoals({ familyIds: [f.id] })).toEqual([]);
    await changeMoney(
      f.id,
      kid.id,
      { kind: "DEPOSIT", jar: "SAVE", amount: 1500, note: "Birthday" },
      parent.id,
    );
    const reached = await markReachedGoals({ familyIds: [f.id] });
    expect(reached.map((g) => g.memberId)).toEqual([kid.id]);
    expect(await markReachedGoals({ familyIds: [f.id] })).toEqual([]);
    // The parents' Today page shows it until it is closed, for those without a push device.
    expect(await reachedGoals(f.id)).toEqual([
      expect.objectContaining({ memberId: kid.id, displayName: kid.displayName }),
    ]);
    // A reward goal keeps the price it had when chosen.
    const reward = await db.reward.create({
      data: { familyId: f.id, name: "Zoo", emoji: "🦁", cost: 40 },
    });
    await setGoal(f.id, kid.id, { kind: "REWARD", rewardId: reward.id });
    await db.reward.update({ where: { id: reward.id }, data: { cost: 80 } });
    expect(await goalProgress(f.id, kid.id)).toMatchObject({ label: "Zoo", price: 40, have: 0 });
    expect(await db.savingsGoal.count({ where: { memberId: kid.id, closedAt: null } })).toBe(1);
    expect(await reachedGoals(f.id)).toEqual([]); // the reached one was closed by the new goal
  });
});
