// Taking turns (issue 21) against the real database: routine_doers() says what doersOn() says over
// random rotations, calendars and swaps; only the kid whose day it is is offered the routine and
// can check it, whatever the door; a change of the rotation keeps the days before it.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replaceAwayRanges } from "@/lib/testing/away";
import { checkItem } from "@/lib/checks/queries";
import { RuleViolationError } from "@/lib/errors";
import { listTurns, rotationOf, swapTurn } from "@/lib/rotation/queries";
import { doersOn } from "@/lib/rotation/rules";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { saveRoutine } from "@/lib/routines/queries";
import { getRoutineForEditor } from "@/lib/routines/views";
import { createFamily, createKid, createRoutine } from "@/lib/testing/factories";
import { addDays, localDateAt, toDbDate } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

async function familyWithKids(n: number) {
  const family = await createFamily(db);
  const kids = [];
  // Created one after the other: the rotation's order is the kids' age in the app.
  for (let i = 0; i < n; i++)
    kids.push(await createKid(db, family.id, { displayName: `Kid ${i}` }));
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  return { family, kids, today };
}

/** The routine as the editor would save it, now taken in turns. */
async function takeTurns(familyId: string, routineId: string, turns: "DAY" | "WEEK") {
  const editor = await getRoutineForEditor(familyId, routineId);
  await saveRoutine(familyId, routineId, editor.revision, {
    ...editor,
    start: editor.startMinute,
    end: editor.endMinute,
    turns,
  });
}

describe("routine_doers()", () => {
  it("says what doersOn() says, over random rotations, days away and swaps", async () => {
    const { family, kids, today } = await familyWithKids(4);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          k: fc.integer({ min: 1, max: 4 }),
          every: fc.constantFrom("DAY" as const, "WEEK" as const),
          start: fc.integer({ min: -20, max: 10 }),
          away: fc.array(
            fc.record({
              kid: fc.nat(3),
              from: fc.integer({ min: -25, max: 30 }),
              length: fc.integer({ min: 0, max: 9 }),
            }),
            { maxLength: 6 },
          ),
          swaps: fc.array(fc.record({ day: fc.integer({ min: -25, max: 30 }), kid: fc.nat(3) }), {
            maxLength: 4,
          }),
        }),
        async (s) => {
          const members = kids.slice(0, s.k);
          const { routine } = await createRoutine(db, family.id, {
            kidIds: members.map((m) => m.id),
          });
          const start = addDays(today, s.start);
          await db.routine.update({
            where: { id: routine.id },
            data: { turns: s.every, turnsFrom: toDbDate(start) },
          });
          const isAway = await replaceAwayRanges(db, family.id, kids, today, s.away);
          const stored = new Map<string, string>();
          for (const swap of s.swaps) {
            const date = addDays(today, swap.day);
            const kid = kids[swap.kid]!.id;
            stored.set(date, kid);
            await db.rotationTurn.upsert({
              where: { routineId_localDate: { routineId: routine.id, localDate: toDbDate(date) } },
              create: {
                familyId: family.id,
                routineId: routine.id,
                localDate: toDbDate(date),
                memberId: kid,
                kind: "SWAP",
              },
              update: { memberId: kid },
            });
          }
          const rotation = (await rotationOf(family.id, routine.id))!;
          expect(rotation.kids).toEqual(members.map((m) => m.id));
          const days = await listTurns(family.id, routine.id, addDays(today, -25), 56);
          for (const day of days)
            expect(day.kidIds, day.date).toEqual(
              doersOn(rotation, day.date, isAway, stored.get(day.date) ?? null),
            );
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe("a routine the kids take turns at", () => {
  it("is offered to and checked by the kid whose day it is only; a swap hands the day over", async () => {
    const { family, kids, today } = await familyWithKids(2);
    const [nora, leo] = kids as [(typeof kids)[0], (typeof kids)[0]];
    const { routine, items } = await createRoutine(db, family.id, {
      kidIds: [nora.id, leo.id],
      name: "Dishes",
    });
    await takeTurns(family.id, routine.id, "DAY");
    // Daily from today: today Nora's (the older), tomorrow Leo's.
    const ids = async (kid: string, date: string) =>
      (await routinesForKidOnDate(family.id, kid, date)).map((r) => r.id);
    expect(await ids(nora.id, today)).toEqual([routine.id]);
    expect(await ids(leo.id, today)).toEqual([]);
    expect(await ids(leo.id, addDays(today, 1))).toEqual([routine.id]);
    const refused = checkItem(family.id, leo.id, items[0]!.id, today, randomUUID());
    await expect(refused).rejects.toBeInstanceOf(RuleViolationError);
    await expect(refused).rejects.toThrow("it is Kid 0's turn at “Dishes”");

    await swapTurn(family.id, routine.id, today, leo.id);
    expect(await ids(leo.id, today)).toEqual([routine.id]);
    expect(await ids(nora.id, today)).toEqual([]);
    expect((await checkItem(family.id, leo.id, items[0]!.id, today, randomUUID())).created).toBe(
      true,
    );
    const [day] = await listTurns(family.id, routine.id, today, 1);
    expect(day).toMatchObject({ kidIds: [leo.id], turnOf: nora.id, stored: "SWAP" });
  });

  it("keeps the days before a change as they were: a new rhythm starts today", async () => {
    const { family, kids, today } = await familyWithKids(3);
    const { routine } = await createRoutine(db, family.id, { kidIds: kids.map((k) => k.id) });
    await db.routine.update({
      where: { id: routine.id },
      data: { turns: "DAY", turnsFrom: toDbDate(addDays(today, -5)) },
    });
    const before = await listTurns(family.id, routine.id, addDays(today, -5), 6);
    await takeTurns(family.id, routine.id, "WEEK");
    const after = await listTurns(family.id, routine.id, addDays(today, -5), 6);
    expect(after.map((d) => d.kidIds)).toEqual(before.map((d) => d.kidIds));
    expect(after.every((d) => d.stored === "KEPT")).toBe(true);
    const { turnsFrom } = await db.routine.findUniqueOrThrow({ where: { id: routine.id } });
    expect(turnsFrom!.toISOString().slice(0, 10) <= today).toBe(true);
  });
});
