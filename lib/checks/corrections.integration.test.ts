// Parents' corrections of a kid's checks (issue 17): the rules of every other door, points that
// follow, and one audit line per change, written in the change's transaction.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { correctCheck, correctionsOf } from "@/lib/checks/corrections";
import { memberBalance } from "@/lib/points/queries";
import { addDays, isoWeekday, localDateAt, toDbDate } from "@/lib/time/rules";
import { createFamily, createKid, createParent, createRoutine } from "@/lib/testing/factories";

afterAll(() => db.$disconnect());

async function setup() {
  const family = await createFamily(db);
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const { routine, version, items } = await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: [["Teeth"], ["Socks"]],
  });
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  return {
    familyId: family.id,
    parentId: parent.id,
    kidId: kid.id,
    routine,
    version,
    items,
    today,
  };
}

describe("a parent corrects a past day", () => {
  it("adds and removes checks three days back, with the points and one line per change", async () => {
    const { familyId, parentId, kidId, items, today } = await setup();
    const date = addDays(today, -3);
    const [teeth, socks] = items.map((item) => ({ kidId, itemId: item.id, date }));
    expect(await correctCheck(familyId, parentId, { ...teeth!, checked: true })).toEqual({
      changed: true,
    });
    // Again: nothing changes, no second line.
    expect(await correctCheck(familyId, parentId, { ...teeth!, checked: true })).toEqual({
      changed: false,
    });
    await correctCheck(familyId, parentId, { ...socks!, checked: true });
    expect(await memberBalance(familyId, kidId)).toBe(10);
    await correctCheck(familyId, parentId, { ...socks!, checked: false });
    expect(await memberBalance(familyId, kidId)).toBe(0);
    expect(
      await db.itemCheck.count({ where: { familyId, memberId: kidId, localDate: toDbDate(date) } }),
    ).toBe(1);

    const lines = await correctionsOf(familyId, kidId, date);
    expect(lines.map((line) => [line.action, line.itemLabel])).toEqual([
      ["REMOVED", "Socks"],
      ["ADDED", "Socks"],
      ["ADDED", "Teeth"],
    ]);
    expect(lines[0]).toMatchObject({ date, byName: expect.stringMatching(/\S/) });
    expect(await correctionsOf(familyId, kidId, today)).toEqual([]);
  });

  it("keeps the rules: not before the week, not on a day off; a refusal writes no line", async () => {
    const { familyId, parentId, kidId, routine, version, items, today } = await setup();
    // On today's weekday only: 3 days back is a day off.
    await db.routine.update({
      where: { id: routine.id },
      data: { weekdays: [isoWeekday(today)] },
    });
    const item = items[0]!;
    const old = addDays(today, -8);
    await expect(
      correctCheck(familyId, parentId, { kidId, itemId: item.id, date: old, checked: true }),
    ).rejects.toThrow(/Checks can be changed for today/);
    // An old check (made when it was allowed) stays: the week before is history.
    await db.itemCheck.create({
      data: {
        familyId,
        memberId: kidId,
        itemId: item.id,
        versionId: version.id,
        localDate: toDbDate(old),
      },
    });
    await expect(
      correctCheck(familyId, parentId, { kidId, itemId: item.id, date: old, checked: false }),
    ).rejects.toThrow(/up to 7 days back/);
    expect(await db.itemCheck.count({ where: { familyId, localDate: toDbDate(old) } })).toBe(1);
    // A day the routine is not on (it runs on one weekday only; 3 days back is another).
    await expect(
      correctCheck(familyId, parentId, {
        kidId,
        itemId: item.id,
        date: addDays(today, -3),
        checked: true,
      }),
    ).rejects.toThrow(/is not planned on/);
    expect(await db.checkCorrection.count({ where: { familyId } })).toBe(0);
  });

  it("refuses another family's kid or item and writes nothing there", async () => {
    const a = await setup();
    const b = await setup();
    const date = addDays(b.today, -1);
    await db.itemCheck.create({
      data: {
        familyId: b.familyId,
        memberId: b.kidId,
        itemId: b.items[0]!.id,
        versionId: b.version.id,
        localDate: toDbDate(date),
      },
    });
    for (const checked of [true, false])
      await expect(
        correctCheck(a.familyId, a.parentId, {
          kidId: b.kidId,
          itemId: b.items[0]!.id,
          date,
          checked,
        }),
      ).rejects.toThrow(/not found|That item/i);
    expect(await db.itemCheck.count({ where: { familyId: b.familyId } })).toBe(1);
    expect(await db.checkCorrection.count({ where: { familyId: b.familyId } })).toBe(0);
  });

  it("two parents setting the same item at once store one check and one line", async () => {
    const { familyId, parentId, kidId, items, today } = await setup();
    const input = { kidId, itemId: items[0]!.id, date: addDays(today, -1), checked: true };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => correctCheck(familyId, parentId, input)),
    );
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(await db.checkCorrection.count({ where: { familyId } })).toBe(1);
  });
});
