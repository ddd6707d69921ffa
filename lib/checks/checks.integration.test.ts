// Checks are never lost and never doubled: the database decides, whatever the taps.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { checkItem, uncheckItem } from "@/lib/checks/queries";
import { db } from "@/lib/db";
import { setRoutineArchived } from "@/lib/routines/queries";
import { createFamily, createKid, createRoutine } from "@/lib/testing/factories";

afterAll(() => db.$disconnect());
const DAY = "2026-11-27";

async function setup(cards: string[][] = [["Brush teeth"], ["Socks on"]]) {
  const family = await createFamily(db);
  const kid = await createKid(db, family.id);
  const routine = await createRoutine(db, family.id, { kidIds: [kid.id], cards });
  return { familyId: family.id, kidId: kid.id, routine, items: routine.items };
}

describe("checking an item", () => {
  it("stores exactly one check for 20 parallel taps and answers all 20 with its id", async () => {
    const { familyId, kidId, items } = await setup();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => checkItem(familyId, kidId, items[0]!.id, DAY, randomUUID())),
    );
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(1);
    expect(new Set(results.map((r) => r.checkId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it("treats a replay with the same client event id as the same check", async () => {
    const { familyId, kidId, items } = await setup();
    const event = randomUUID();
    const first = await checkItem(familyId, kidId, items[0]!.id, DAY, event);
    const replay = await checkItem(familyId, kidId, items[0]!.id, DAY, event);
    expect(replay).toMatchObject({ checkId: first.checkId, created: false });
  });

  it("completes the routine with the last item, once, and undo removes check and completion once", async () => {
    const { familyId, kidId, items } = await setup();
    const first = await checkItem(familyId, kidId, items[0]!.id, DAY, randomUUID());
    expect(first.routineCompleted).toBe(false);
    const last = await checkItem(familyId, kidId, items[1]!.id, DAY, randomUUID());
    expect(last.routineCompleted).toBe(true);
    expect(await db.routineCompletion.count({ where: { memberId: kidId } })).toBe(1);

    const undo = await Promise.all([
      uncheckItem(familyId, kidId, last.checkId),
      uncheckItem(familyId, kidId, last.checkId),
    ]);
    expect(undo.filter((u) => u.removed)).toHaveLength(1);
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(1);
    expect(await db.routineCompletion.count({ where: { memberId: kidId } })).toBe(0);
  });

  it("records the completion exactly once when the last items are checked at the same moment", async () => {
    // Without the lock in check_item(), both check-offs can miss each other's uncommitted check
    // and neither records the completion. 25 rounds of four items tapped at once.
    for (let round = 0; round < 25; round++) {
      const { familyId, kidId, items } = await setup([
        ["A", "B"],
        ["C", "D"],
      ]);
      const results = await Promise.all(
        items.map((item) => checkItem(familyId, kidId, item.id, DAY, randomUUID())),
      );
      expect(results.filter((r) => r.routineCompleted)).toHaveLength(1);
      expect(await db.routineCompletion.count({ where: { memberId: kidId } })).toBe(1);
    }
  });

  it("refuses items of another family, of unassigned or archived routines, for the wrong kid", async () => {
    const a = await setup();
    const b = await setup();
    await expect(
      checkItem(a.familyId, a.kidId, b.items[0]!.id, DAY, randomUUID()),
    ).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(
      checkItem(b.familyId, a.kidId, b.items[0]!.id, DAY, randomUUID()),
    ).rejects.toMatchObject({ name: "NotFoundError" });
    const sibling = await createKid(db, a.familyId);
    await expect(
      checkItem(a.familyId, sibling.id, a.items[0]!.id, DAY, randomUUID()),
    ).rejects.toMatchObject({ name: "NotFoundError" });
    await setRoutineArchived(a.familyId, a.routine.routine.id, true);
    await expect(
      checkItem(a.familyId, a.kidId, a.items[0]!.id, DAY, randomUUID()),
    ).rejects.toMatchObject({ name: "NotFoundError" });
    expect(
      await db.itemCheck.count({
        where: { itemId: { in: [...a.items, ...b.items].map((i) => i.id) } },
      }),
    ).toBe(0);
    // Another family's undo finds nothing to remove.
    const own = await checkItem(b.familyId, b.kidId, b.items[0]!.id, DAY, randomUUID());
    expect(await uncheckItem(a.familyId, a.kidId, own.checkId)).toEqual({ removed: false });
    expect(await db.itemCheck.count({ where: { id: own.checkId } })).toBe(1);
  });
});
