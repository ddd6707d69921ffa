// Checks are never lost and never doubled: the database decides, whatever the taps.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { checkItem, uncheckItem } from "@/lib/checks/queries";
import { db } from "@/lib/db";
import { addDays, isoWeekday, localDateAt } from "@/lib/time/rules";
import { setRoutineArchived } from "@/lib/routines/queries";
import { createFamily, createKid, createRoutine } from "@/lib/testing/factories";

afterAll(() => db.$disconnect());
// Yesterday in the factories' zone: within the days a check may be made, on any day the suite runs.
const DAY = addDays(localDateAt(new Date(), "Europe/Stockholm"), -1);

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

  it("answers a replay after the family's day rolled over with the original check, of its own day", async () => {
    const { familyId, kidId, items } = await setup();
    const event = randomUUID();
    const first = await checkItem(familyId, kidId, items[0]!.id, DAY, event);
    // The retry arrives the next day, with the date left to default: the same request.
    const replay = await checkItem(familyId, kidId, items[0]!.id, addDays(DAY, 1), event);
    expect(replay).toEqual({
      checkId: first.checkId,
      created: false,
      routineCompleted: false,
      date: DAY,
    });
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(1);
  });

  it("refuses a client event id used for another item with 409, storing nothing", async () => {
    const { familyId, kidId, items } = await setup();
    const event = randomUUID();
    await checkItem(familyId, kidId, items[0]!.id, DAY, event);
    await expect(checkItem(familyId, kidId, items[1]!.id, DAY, event)).rejects.toMatchObject({
      name: "IdempotencyKeyReusedError",
      message: expect.stringMatching(/clientEventId was already used/),
    });
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(1);
  });

  it("never re-creates an undone check from a late retry, which answers 'undone' instead", async () => {
    const { familyId, kidId, items } = await setup();
    const event = randomUUID();
    const first = await checkItem(familyId, kidId, items[0]!.id, DAY, event);
    expect(await uncheckItem(familyId, kidId, first.checkId)).toEqual({ removed: true });
    // The tablet lost the first answer and retries, after the undo, even a day later.
    for (const date of [DAY, addDays(DAY, 1)]) {
      expect(await checkItem(familyId, kidId, items[0]!.id, date, event)).toEqual({
        checkId: first.checkId,
        created: false,
        routineCompleted: false,
        date: DAY,
        undone: true,
      });
    }
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(0);
    // The same key for another item is still a reused key.
    await expect(checkItem(familyId, kidId, items[1]!.id, DAY, event)).rejects.toMatchObject({
      name: "IdempotencyKeyReusedError",
    });
    // A new tap (a new key) checks it again.
    const again = await checkItem(familyId, kidId, items[0]!.id, DAY, randomUUID());
    expect(again).toMatchObject({ created: true });
  });

  it("keeps an undo when the retry of the original tap races it", async () => {
    // Without the shared event lock, a retry whose statement started before the undo committed
    // could store the check again after it. 20 rounds of undo and retry sent at once.
    const { familyId, kidId, items } = await setup([["A", "B"]]);
    for (let round = 0; round < 20; round++) {
      const event = randomUUID();
      const first = await checkItem(familyId, kidId, items[0]!.id, DAY, event);
      const [undo] = await Promise.all([
        uncheckItem(familyId, kidId, first.checkId),
        checkItem(familyId, kidId, items[0]!.id, DAY, event),
      ]);
      expect(undo).toEqual({ removed: true });
      expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(0);
      expect(await db.undoneEvent.count({ where: { familyId, clientEventId: event } })).toBe(1);
    }
  });

  it("refuses, with the rule in words, a day the routine is not on, before it existed, too far back or ahead, and a superseded version", async () => {
    const family = await createFamily(db);
    const kid = await createKid(db, family.id);
    const yesterday = isoWeekday(DAY);
    const offDay = (yesterday % 7) + 1; // the weekday after DAY's
    const today = addDays(DAY, 1);
    const routine = await createRoutine(db, family.id, {
      kidIds: [kid.id],
      name: "Bedtime",
      weekdays: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== offDay),
      cards: [["Teeth"]],
    });
    const item = routine.items[0]!.id;
    const refused = (date: string, itemId = item) =>
      checkItem(family.id, kid.id, itemId, date, randomUUID()).then(
        () => "stored",
        (error: Error) => `${error.name}: ${error.message}`,
      );
    expect(await refused(today)).toMatch(
      /^RuleViolationError: “Bedtime” is not planned on \w+day,/,
    );
    expect(await refused(addDays(DAY, 2))).toMatch(
      /^RuleViolationError: Checks can be changed for today/,
    );
    expect(await refused(addDays(DAY, -8))).toMatch(
      /^RuleViolationError: Checks can be changed for today/,
    );
    // A routine made just now did not exist yesterday.
    const fresh = await createRoutine(db, family.id, {
      kidIds: [kid.id],
      name: "New",
      createdAt: new Date(),
      cards: [["Shoes"]],
    });
    expect(await refused(DAY, fresh.items[0]!.id)).toMatch(
      /^RuleViolationError: “New” did not exist yet/,
    );
    // Version 2 made now: yesterday keeps version 1, today shows version 2.
    const v2 = await db.routineVersion.create({
      data: { familyId: family.id, routineId: routine.routine.id, number: 2 },
    });
    const card = await db.routineCard.create({
      data: {
        familyId: family.id,
        versionId: v2.id,
        position: 0,
        title: "Teeth",
        pictureEmoji: "🦷",
      },
    });
    const v2Item = await db.routineItem.create({
      data: { familyId: family.id, cardId: card.id, position: 0, label: "Teeth" },
    });
    expect(await refused(DAY, v2Item.id)).toMatch(
      /^RuleViolationError: That item is from another version/,
    );
    expect(await refused(DAY)).toBe("stored");
    expect(await db.pointsEntry.count({ where: { memberId: kid.id } })).toBe(1);
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
    // An archived routine is read-only: 409, saying so.
    await setRoutineArchived(a.familyId, a.routine.routine.id, true);
    await expect(
      checkItem(a.familyId, a.kidId, a.items[0]!.id, DAY, randomUUID()),
    ).rejects.toMatchObject({ name: "ConflictError", message: expect.stringMatching(/archived/) });
    expect(
      await db.itemCheck.count({
        where: { itemId: { in: [...a.items, ...b.items].map((i) => i.id) } },
      }),
    ).toBe(0);
    // Undoing a check of an archived routine is refused too: history stays as it was.
    const kept = await checkItem(b.familyId, b.kidId, b.items[1]!.id, DAY, randomUUID());
    await setRoutineArchived(b.familyId, b.routine.routine.id, true);
    await expect(uncheckItem(b.familyId, b.kidId, kept.checkId)).rejects.toMatchObject({
      name: "ConflictError",
      message: expect.stringMatching(/archived/),
    });
    expect(await db.itemCheck.count({ where: { id: kept.checkId } })).toBe(1);
    await setRoutineArchived(b.familyId, b.routine.routine.id, false);
    // Another family's undo finds nothing to remove.
    const own = await checkItem(b.familyId, b.kidId, b.items[0]!.id, DAY, randomUUID());
    expect(await uncheckItem(a.familyId, a.kidId, own.checkId)).toEqual({ removed: false });
    expect(await db.itemCheck.count({ where: { id: own.checkId } })).toBe(1);
  });
});
