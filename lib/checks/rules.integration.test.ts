// One rule for every check (issue 14): the database accepts a check exactly where the day view
// shows the item. Random schedules, random days away (issue 21), versions made at random times, families in several zones and
// day starts, and random sequences of check attempts over the last days; each answer is held to
// the pure rules of lib/checks/rules.ts (the oracle), and afterwards every stored check shows in
// the day view and every routine completion (the only source of routine points) is of a day that
// shows that routine as done.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkRefusal, versionInForce, type VersionAt } from "@/lib/checks/rules";
import { checkItem } from "@/lib/checks/queries";
import { db } from "@/lib/db";
import { RuleViolationError, ConflictError } from "@/lib/errors";
import { memberDay } from "@/lib/routines/day";
import { createFamily, createKid } from "@/lib/testing/factories";
import { awayOn } from "@/lib/away/rules";
import { addDays, instantAt, localDateAt, toDbDate, type LocalDate } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

const HOUR = 60 * 60_000;

const scenario = fc.record({
  timeZone: fc.constantFrom("UTC", "Europe/Stockholm", "America/Los_Angeles", "Asia/Kolkata"),
  dayStartMinute: fc.constantFrom(0, 240, 360),
  weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
  archived: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  // Versions made this many hours ago (the first one the oldest), 0–12 days back.
  versionAges: fc
    .uniqueArray(fc.integer({ min: 0, max: 12 * 24 }), { minLength: 1, maxLength: 3 })
    .map((ages) => ages.sort((a, b) => b - a)),
  // Check attempts: a day offset from today (-9 … +1) and which version's item.
  attempts: fc.array(fc.record({ offset: fc.integer({ min: -9, max: 1 }), version: fc.nat(2) }), {
    minLength: 1,
    maxLength: 12,
  }),
  // Days the kid is away (issue 21), as day offsets from today.
  away: fc.uniqueArray(fc.integer({ min: -9, max: 1 }), { maxLength: 4 }),
});

describe("checks follow the day view", () => {
  it("are accepted exactly where the rules say, and only ever show where they were made", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const now = new Date();
        const family = await createFamily(db, {
          timeZone: s.timeZone,
          dayStartMinute: s.dayStartMinute,
        });
        const kid = await createKid(db, family.id);
        const routine = await db.routine.create({
          data: {
            familyId: family.id,
            name: `Routine ${randomUUID().slice(0, 6)}`,
            icon: "🌅",
            weekdays: s.weekdays,
            startMinute: 420,
            endMinute: 480,
            archivedAt: s.archived ? now : null,
          },
        });
        await db.routineAssignment.create({
          data: { familyId: family.id, routineId: routine.id, memberId: kid.id },
        });
        const versions: (VersionAt & { itemId: string })[] = [];
        for (const [index, age] of s.versionAges.entries()) {
          const version = await db.routineVersion.create({
            data: {
              familyId: family.id,
              routineId: routine.id,
              number: index + 1,
              createdAt: new Date(now.getTime() - age * HOUR),
            },
          });
          const card = await db.routineCard.create({
            data: {
              familyId: family.id,
              versionId: version.id,
              position: 0,
              title: "Card",
              pictureEmoji: "⭐",
            },
          });
          const item = await db.routineItem.create({
            data: { familyId: family.id, cardId: card.id, position: 0, label: `v${index + 1}` },
          });
          versions.push({ ...version, itemId: item.id });
        }

        const today = localDateAt(now, s.timeZone, s.dayStartMinute);
        const awayDays = s.away.map((offset) => ({
          kind: "AWAY" as const,
          startDate: addDays(today, offset),
          endDate: addDays(today, offset),
          place: "Dad's",
        }));
        await db.awayDay.createMany({
          data: awayDays.map((range) => ({
            ...range,
            familyId: family.id,
            memberId: kid.id,
            startDate: toDbDate(range.startDate),
            endDate: toDbDate(range.endDate),
          })),
        });
        const checked = new Map<LocalDate, Set<string>>(); // date → versions checked that day
        for (const attempt of s.attempts) {
          const date = addDays(today, attempt.offset);
          const version = versions[attempt.version % versions.length]!;
          const used = checked.get(date) ?? new Set<string>();
          const inForce = versionInForce(
            versions,
            used,
            instantAt(addDays(date, 1), s.dayStartMinute, s.timeZone),
          );
          const expected = checkRefusal({
            date,
            today,
            routine: { weekdays: s.weekdays, archived: s.archived },
            versionId: version.id,
            inForce,
            away: awayOn({ pattern: null, days: awayDays }, date),
          });
          const outcome = await checkItem(
            family.id,
            kid.id,
            version.itemId,
            date,
            randomUUID(),
            now,
          ).then(
            (result) => ({ stored: true as const, result }),
            (error: unknown) => ({ stored: false as const, error }),
          );
          if (expected === null) {
            expect(outcome).toMatchObject({ stored: true });
            checked.set(date, used.add(version.id));
          } else {
            expect(outcome.stored).toBe(false);
            const error = (outcome as { error: unknown }).error;
            expect(error).toBeInstanceOf(
              expected.reason === "archived" ? ConflictError : RuleViolationError,
            );
          }
        }

        // Every stored check is on the day view of its date; every completion is of a day the
        // day view shows the routine done.
        const stored = await db.itemCheck.findMany({
          where: { memberId: kid.id },
          select: { id: true, localDate: true },
        });
        for (const check of stored) {
          const date = check.localDate.toISOString().slice(0, 10);
          const day = await memberDay(family.id, kid.id, date);
          const shown = day!.routines.flatMap((r) => r.cards.flatMap((c) => c.items));
          expect(shown.map((i) => i.checkId)).toContain(check.id);
        }
        const completions = await db.routineCompletion.findMany({ where: { memberId: kid.id } });
        for (const completion of completions) {
          const date = completion.localDate.toISOString().slice(0, 10);
          const day = await memberDay(family.id, kid.id, date);
          const shown = day!.routines.find((r) => r.id === routine.id)!;
          expect(shown.versionId).toBe(completion.versionId);
          expect(shown.cards.every((c) => c.items.every((i) => i.checkId))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
