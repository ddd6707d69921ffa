// The parent's Today page: what it costs in SQL, and the stamp the live poller compares.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { checkItem } from "@/lib/checks/queries";
import { db } from "@/lib/db";
import { dashboardStamp, loadDashboard } from "@/lib/dashboard/queries";
import { logHabit } from "@/lib/habits/logs";
import { habitsForMemberToday } from "@/lib/habits/views";
import { memberDay } from "@/lib/routines/day";
import { requestReward, createReward } from "@/lib/points/rewards";
import { createFamily, createHabit, createKid, createRoutine } from "@/lib/testing/factories";
import { countStatements } from "@/lib/testing/statements";
import { localDateAt } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

async function familyWithKids(count: number) {
  const family = await createFamily(db);
  const kids = [];
  for (let i = 0; i < count; i++) {
    const kid = await createKid(db, family.id);
    const routine = await createRoutine(db, family.id, { kidIds: [kid.id] });
    const habit = await createHabit(db, family.id, kid.id);
    kids.push({ kid, routine, habit });
  }
  return { family, kids };
}

describe("the dashboard", () => {
  it("costs 13 statements whatever the number of kids, with a history and a waiting request as without", async () => {
    const one = await familyWithKids(1);
    const three = await familyWithKids(3);
    const eight = await familyWithKids(8);
    const today = localDateAt(new Date(), "Europe/Stockholm");
    const first = three.kids[0]!;
    await checkItem(three.family.id, first.kid.id, first.routine.items[0]!.id, today, randomUUID());
    await logHabit(three.family.id, first.habit.id, { date: today, today });
    const reward = await createReward(three.family.id, { name: "Kite", emoji: "🪁", cost: 3 });
    await requestReward(three.family.id, first.kid.id, reward.id);
    const small = await countStatements(() => loadDashboard(one.family.id));
    const large = await countStatements(() => loadDashboard(three.family.id));
    const larger = await countStatements(() => loadDashboard(eight.family.id));
    expect(small.statements).toBe(13);
    expect(large.statements).toBe(13);
    expect(larger.statements).toBe(13);
    expect(large.result.requests).toHaveLength(1);
    expect(large.result.kids.map((k) => k.points).sort()).toEqual([0, 0, 5]);
    // Read together, each kid still gets exactly their own day, as read alone.
    for (const { family, kids } of [three, eight]) {
      const shown = (await loadDashboard(family.id)).kids;
      expect(shown.map((k) => k.id).sort()).toEqual(kids.map(({ kid }) => kid.id).sort());
      for (const { kid, routine, habit } of kids) {
        const row = shown.find((k) => k.id === kid.id)!;
        expect(row.routines.map((r) => r.id)).toEqual([routine.routine.id]);
        expect(row.routines).toEqual((await memberDay(family.id, kid.id, today))!.routines);
        expect(row.habits.map((h) => h.id)).toEqual([habit.id]);
        expect(row.habits).toEqual(await habitsForMemberToday(family.id, kid.id, today));
      }
    }
    expect(
      (await loadDashboard(three.family.id)).kids.find((k) => k.id === first.kid.id)!.routines[0]!
        .done,
    ).toBe(1);
    console.log(
      `[measure] dashboard: ${small.statements} statements with 1 kid, ${large.statements} with 3, ${larger.statements} with 8; the live poll is 1`,
    );
  });

  it("changes its stamp on every change the page shows, and only then", async () => {
    const { family, kids } = await familyWithKids(1);
    const { kid, routine, habit } = kids[0]!;
    const today = localDateAt(new Date(), "Europe/Stockholm");
    const stamps = [await dashboardStamp(family.id)];
    expect(await dashboardStamp(family.id)).toBe(stamps[0]);
    await checkItem(family.id, kid.id, routine.items[0]!.id, today, randomUUID());
    stamps.push(await dashboardStamp(family.id));
    await logHabit(family.id, habit.id, { date: today, today });
    stamps.push(await dashboardStamp(family.id));
    const reward = await createReward(family.id, { name: "Ice cream", emoji: "🍦", cost: 1 });
    await requestReward(family.id, kid.id, reward.id);
    stamps.push(await dashboardStamp(family.id));
    expect(new Set(stamps).size).toBe(4);
    const { statements } = await countStatements(() => dashboardStamp(family.id));
    expect(statements).toBe(1);
  });
});
