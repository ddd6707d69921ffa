// Routines against a real database: versions keep history true, concurrent saves conflict, and the
// day query costs a constant number of statements.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { createRoutine, saveRoutine, setRoutineArchived } from "@/lib/routines/queries";
import { getRoutineForEditor, routineHistory } from "@/lib/routines/views";
import type { RoutineDraft } from "@/lib/routines/schemas";
import { createFamily, createKid } from "@/lib/testing/factories";
import { countStatements } from "@/lib/testing/statements";
import { nextWeekday } from "@/lib/testing/dates";
import { addDays, toDbDate } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

// The coming Friday, Saturday and Monday: the routines under test are created now, and a version
// only exists from the day it was made.
const FRIDAY = nextWeekday(5);
const SATURDAY = addDays(FRIDAY, 1);
const NEXT_MONDAY = addDays(FRIDAY, 3);

function draft(kidIds: string[], overrides: Partial<RoutineDraft> = {}): RoutineDraft {
  return {
    name: "Morning",
    icon: "🌅",
    weekdays: [1, 2, 3, 4, 5],
    start: 7 * 60,
    end: 8 * 60,
    points: 10,
    remindAtEnd: false,
    turns: null,
    pool: false,
    then: null,
    kidIds,
    cards: [
      {
        title: "Wake up",
        pictureEmoji: "☀️",
        durationSeconds: null,
        items: [{ label: "Open curtains" }, { label: "Make bed" }],
      },
      {
        title: "Teeth",
        pictureEmoji: "🪥",
        durationSeconds: 120,
        items: [{ label: "Brush teeth" }],
      },
    ],
    ...overrides,
  };
}

async function setup() {
  const family = await createFamily(db);
  const kid = await createKid(db, family.id);
  const { id } = await createRoutine(family.id, draft([kid.id]));
  return { familyId: family.id, kidId: kid.id, routineId: id };
}

describe("routine versions", () => {
  it("edit in place while nobody has checked anything", async () => {
    const { familyId, routineId } = await setup();
    const loaded = await getRoutineForEditor(familyId, routineId);
    const edited = { ...draft([]), cards: [...loaded.cards].reverse() };
    expect(await saveRoutine(familyId, routineId, loaded.revision, edited)).toEqual({
      mode: "in-place",
      versionNumber: 1,
    });
    expect(await db.routineVersion.count({ where: { routineId } })).toBe(1);
    const after = await getRoutineForEditor(familyId, routineId);
    expect(after.cards.map((c) => c.title)).toEqual(["Teeth", "Wake up"]);
    // Lineage survives an in-place edit, so a later diff still knows the cards.
    expect(after.cards.map((c) => c.lineageId).sort()).toEqual(
      loaded.cards.map((c) => c.lineageId).sort(),
    );
  });

  it("make version 2 after a check; the check stays on version 1 and that day still shows version 1", async () => {
    const { familyId, kidId, routineId } = await setup();
    const [before] = await routinesForKidOnDate(familyId, kidId, FRIDAY);
    const item = before!.cards[0]!.items[0]!;
    await db.itemCheck.create({
      data: {
        familyId,
        memberId: kidId,
        itemId: item.id,
        versionId: before!.versionId,
        localDate: toDbDate(FRIDAY),
      },
    });

    const loaded = await getRoutineForEditor(familyId, routineId);
    const edited = draft([kidId], {
      cards: [
        ...loaded.cards,
        {
          title: "School bag",
          pictureEmoji: "🎒",
          durationSeconds: null,
          items: [{ label: "Pack homework" }],
        },
      ],
    });
    expect(await saveRoutine(familyId, routineId, loaded.revision, edited)).toEqual({
      mode: "new-version",
      versionNumber: 2,
    });

    const check = await db.itemCheck.findFirstOrThrow({ where: { memberId: kidId } });
    expect(check.versionId).toBe(before!.versionId);
    const [friday] = await routinesForKidOnDate(familyId, kidId, FRIDAY);
    expect(friday!.versionNumber).toBe(1);
    expect(friday!.cards.map((c) => c.title)).toEqual(["Wake up", "Teeth"]);
    expect(friday!.done).toBe(1);
    const [nextMonday] = await routinesForKidOnDate(familyId, kidId, NEXT_MONDAY);
    expect(nextMonday!.versionNumber).toBe(2);
    expect(nextMonday!.cards.map((c) => c.title)).toEqual(["Wake up", "Teeth", "School bag"]);

    const history = await routineHistory(familyId, routineId);
    expect(history.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(history.versions[0]!.changes).toEqual(["Added card “School bag”"]);
  });

  it("let one of two concurrent saves win; the other gets a conflict and changes nothing", async () => {
    const { familyId, routineId } = await setup();
    const { revision } = await getRoutineForEditor(familyId, routineId);
    const results = await Promise.allSettled([
      saveRoutine(familyId, routineId, revision, draft([], { name: "Parent A" })),
      saveRoutine(familyId, routineId, revision, draft([], { name: "Parent B" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ name: "ConflictError" });
    const saved = await getRoutineForEditor(familyId, routineId);
    expect(["Parent A", "Parent B"]).toContain(saved.name);
    expect(saved.revision).toBe(revision + 1);
  });

  it("refuse editing an archived routine with a conflict that says so, and change nothing", async () => {
    const { familyId, routineId } = await setup();
    const { revision } = await getRoutineForEditor(familyId, routineId);
    await setRoutineArchived(familyId, routineId, true);
    await expect(
      saveRoutine(familyId, routineId, revision, draft([], { name: "Changed" })),
    ).rejects.toMatchObject({ name: "ConflictError", message: expect.stringMatching(/archived/) });
    const after = await getRoutineForEditor(familyId, routineId);
    expect(after).toMatchObject({ name: "Morning", revision });
  });

  it("refuse kids of another family and leave the routine as it was", async () => {
    const { familyId, routineId } = await setup();
    const other = await createFamily(db);
    const stranger = await createKid(db, other.id);
    const { revision } = await getRoutineForEditor(familyId, routineId);
    await expect(
      saveRoutine(familyId, routineId, revision, draft([stranger.id], { name: "Changed" })),
    ).rejects.toMatchObject({ name: "DomainError" });
    expect((await getRoutineForEditor(familyId, routineId)).name).toBe("Morning");
  });
});

describe("routinesForKidOnDate", () => {
  it("shows scheduled, assigned, non-archived routines with content only", async () => {
    const { familyId, kidId, routineId } = await setup();
    await createRoutine(familyId, draft([kidId], { name: "Empty", cards: [] }));
    await createRoutine(familyId, draft([], { name: "Not assigned" }));
    await createRoutine(familyId, draft([kidId], { name: "Weekend", weekdays: [6, 7] }));
    expect((await routinesForKidOnDate(familyId, kidId, FRIDAY)).map((r) => r.name)).toEqual([
      "Morning",
    ]);
    expect((await routinesForKidOnDate(familyId, kidId, SATURDAY)).map((r) => r.name)).toEqual([
      "Weekend",
    ]);
    await setRoutineArchived(familyId, routineId, true);
    expect(await routinesForKidOnDate(familyId, kidId, FRIDAY)).toEqual([]);
    // History stays: the routine and its versions are still there.
    expect(await db.routineVersion.count({ where: { routineId } })).toBe(1);
  });

  it("brings the routine's then card for the Now/Next board, and a save can remove it", async () => {
    const { familyId, kidId, routineId } = await setup();
    const loaded = await getRoutineForEditor(familyId, routineId);
    const then = { emoji: "🧱", label: "20 minutes of Lego" };
    await saveRoutine(familyId, routineId, loaded.revision, { ...draft([kidId]), then });
    const [morning] = await routinesForKidOnDate(familyId, kidId, FRIDAY);
    expect(morning).toMatchObject({ name: "Morning", then });
    await saveRoutine(familyId, routineId, loaded.revision + 1, draft([kidId]));
    expect((await routinesForKidOnDate(familyId, kidId, FRIDAY))[0]?.then).toBeNull();
    // Both columns or neither: the database refuses half a card.
    await expect(
      db.routine.update({ where: { id: routineId }, data: { thenEmoji: "🧱" } }),
    ).rejects.toThrow();
  });

  it("shows nothing for a kid id of another family", async () => {
    const { kidId } = await setup();
    const other = await createFamily(db);
    expect(await routinesForKidOnDate(other.id, kidId, FRIDAY)).toEqual([]);
  });

  it("uses one SQL statement, with 1 routine as with 50 and a history of checks", async () => {
    const { familyId, kidId } = await setup();
    const one = await countStatements(() => routinesForKidOnDate(familyId, kidId, FRIDAY));
    expect(one.result).toHaveLength(1);

    for (let i = 0; i < 49; i++)
      await createRoutine(familyId, draft([kidId], { name: `Routine ${i}` }));
    const [first] = await routinesForKidOnDate(familyId, kidId, FRIDAY);
    await db.itemCheck.createMany({
      data: Array.from({ length: 60 }, (_, day) => ({
        familyId,
        memberId: kidId,
        itemId: first!.cards[0]!.items[0]!.id,
        versionId: first!.versionId,
        localDate: new Date(Date.UTC(2026, 8, 1 + day)),
      })),
    });
    const fifty = await countStatements(() => routinesForKidOnDate(familyId, kidId, FRIDAY));
    expect(fifty.result).toHaveLength(50);
    expect(one.statements).toBe(1);
    expect(fifty.statements).toBe(one.statements);
    console.log(
      `[measure] routinesForKidOnDate: ${one.statements} statements for 1 routine, ${fifty.statements} for 50`,
    );
  });
});
