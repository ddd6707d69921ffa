// Away days (issue 21) against the real database: member_away_on() says what lib/away/rules.ts
// says over random calendars; a kid away has nothing due and no check is stored, whatever the door;
// a day at home after all brings the day back; a week away keeps the streaks.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addAwayRange,
  awayCalendar,
  clearAwayPattern,
  removeAwayRange,
  setAwayPattern,
} from "@/lib/away/queries";
import { CYCLE_DAYS, awayOn, type AwayRange } from "@/lib/away/rules";
import { checkItem } from "@/lib/checks/queries";
import { loadDashboard } from "@/lib/dashboard/queries";
import { RuleViolationError } from "@/lib/errors";
import { refreshStreak } from "@/lib/habits/streaks";
import { habitStreak } from "@/lib/habits/views";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { createFamily, createHabit, createKid, createRoutine } from "@/lib/testing/factories";
import { addDays, localDateAt, toDbDate } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

async function family() {
  const f = await createFamily(db);
  const kid = await createKid(db, f.id);
  const today = localDateAt(new Date(), f.timeZone, f.dayStartMinute);
  return { f, kid, today };
}

describe("member_away_on()", () => {
  it("says what awayOn() says, day by day, over random calendars", async () => {
    const { f, kid, today } = await family();
    const from = addDays(today, -30);
    const offset = (max: number) => fc.integer({ min: -30, max }).map((n) => addDays(today, n));
    const range: fc.Arbitrary<Omit<AwayRange, "endDate"> & { length: number }> = fc.record({
      kind: fc.constantFrom("AWAY" as const, "HOME" as const),
      startDate: offset(60),
      length: fc.integer({ min: 0, max: 12 }),
      place: fc.option(fc.constantFrom("camp", "Grandma's"), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.option(
          fc.record({
            startDate: offset(20),
            cycleDays: fc.constantFrom(...CYCLE_DAYS),
            awayDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), {
              minLength: 1,
              maxLength: 7,
            }),
            place: fc.constantFrom("Dad's", "Mum's"),
          }),
          { nil: null },
        ),
        fc.array(range, { maxLength: 5 }),
        async (pattern, ranges) => {
          await db.awayDay.deleteMany({ where: { memberId: kid.id } });
          if (pattern) await setAwayPattern(f.id, kid.id, pattern, today);
          else await clearAwayPattern(f.id, kid.id, today);
          for (const { length, ...r } of ranges)
            await addAwayRange(
              f.id,
              kid.id,
              { ...r, endDate: addDays(r.startDate, length) },
              today,
            );
          const rows = await db.$queryRaw<{ date: string; away: boolean }[]>`
            SELECT to_char(d, 'YYYY-MM-DD') AS date, member_away_on(${f.id}::uuid, ${kid.id}::uuid, d::date) AS away
            FROM generate_series(${from}::date, ${addDays(today, 80)}::date, interval '1 day') d`;
          const calendar = await awayCalendar(f.id, kid.id);
          for (const row of rows)
            expect(row.away, row.date).toBe(awayOn(calendar, row.date) !== null);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("a kid away", () => {
  it("has nothing due and gets no check, until a day at home after all brings the day back", async () => {
    const { f, kid, today } = await family();
    const { items } = await createRoutine(db, f.id, { kidIds: [kid.id] });
    const item = items[0]!;
    expect(await routinesForKidOnDate(f.id, kid.id, today)).toHaveLength(1);

    // Week on, week off, this week away.
    await setAwayPattern(
      f.id,
      kid.id,
      {
        place: "Dad's",
        startDate: addDays(today, -7),
        cycleDays: 14,
        awayDays: [7, 8, 9, 10, 11, 12, 13],
      },
      today,
    );
    expect(await routinesForKidOnDate(f.id, kid.id, today)).toEqual([]);
    expect(await routinesForKidOnDate(f.id, kid.id, addDays(today, 7))).toHaveLength(1);
    const refusal = checkItem(f.id, kid.id, item.id, today, randomUUID());
    await expect(refusal).rejects.toBeInstanceOf(RuleViolationError);
    await expect(refusal).rejects.toThrow(/is at Dad's: nothing of/);
    expect(await db.itemCheck.count({ where: { memberId: kid.id } })).toBe(0);

    const dashboard = await loadDashboard(f.id);
    expect(dashboard.kids.find((k) => k.id === kid.id)).toMatchObject({
      away: { place: "Dad's", until: addDays(today, 6) },
      routines: [],
      habits: [],
    });

    const home = await addAwayRange(
      f.id,
      kid.id,
      { kind: "HOME", startDate: today, endDate: today, place: null },
      today,
    );
    expect(await routinesForKidOnDate(f.id, kid.id, today)).toHaveLength(1);
    expect((await checkItem(f.id, kid.id, item.id, today, randomUUID())).created).toBe(true);

    expect(await removeAwayRange(f.id, kid.id, home.id, today)).toBe(true);
    expect(await removeAwayRange(f.id, kid.id, home.id, today)).toBe(false);
    expect(await routinesForKidOnDate(f.id, kid.id, today)).toEqual([]);
  });

  it("for a week keeps a daily habit's streak; the streak is recounted when the days change", async () => {
    const { f, kid, today } = await family();
    const habit = await createHabit(db, f.id, kid.id, { startDate: addDays(today, -20) });
    // Logged every day of the last three weeks but the one from 14 to 8 days back (rows as the
    // logs would be: only 7 days back can be logged through the app).
    await db.habitLog.createMany({
      data: Array.from({ length: 21 }, (_, back) => back)
        .filter((back) => back > 14 || back < 8)
        .map((back) => ({
          familyId: f.id,
          habitId: habit.id,
          localDate: toDbDate(addDays(today, -back)),
        })),
    });
    const recount = () => db.$transaction((tx) => refreshStreak(tx, f.id, habit.id, today));
    expect(await recount()).toEqual({ current: 8, longest: 8 });

    const trip = await addAwayRange(
      f.id,
      kid.id,
      { kind: "AWAY", startDate: addDays(today, -14), endDate: addDays(today, -8), place: "camp" },
      today,
    );
    // Stored by the change itself, in its transaction.
    const stored = () => db.habitStreak.findFirstOrThrow({ where: { habitId: habit.id } });
    expect(await stored()).toMatchObject({ current: 14, longest: 14 });
    expect(await habitStreak(f.id, habit.id, today)).toMatchObject({ current: 14 });
    await removeAwayRange(f.id, kid.id, trip.id, today);
    expect(await stored()).toMatchObject({ current: 8, longest: 8 });
  });
});
