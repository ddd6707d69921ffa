// Stored streaks always equal a recomputation from the logs, whatever happens, and stay per family.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pauseHabits, setHabitArchived, updateHabit } from "@/lib/habits/queries";
import { logHabit, undoHabitLog } from "@/lib/habits/logs";
import { refreshStreak } from "@/lib/habits/streaks";
import { excusedDates, streakOf } from "@/lib/habits/rules";
import { expectRefusedAndUnchanged, seedFamilyGraph } from "@/lib/testing/cross-family";
import { createFamily, createHabit, createKid } from "@/lib/testing/factories";
import { addDays, isoWeekday, localDateAt, toDbDate } from "@/lib/time/rules";
import { updateFamilySettings } from "@/lib/families/queries";

afterAll(() => db.$disconnect());
const START = "2026-10-01";
const TODAY = "2026-11-27";

async function setup(options: { timesPerWeek?: number } = {}) {
  const family = await createFamily(db);
  const kid = await createKid(db, family.id);
  const habit = await createHabit(db, family.id, kid.id, { startDate: START, ...options });
  return { familyId: family.id, kidId: kid.id, habitId: habit.id };
}

const stored = (habitId: string) =>
  db.habitStreak.findFirstOrThrow({ where: { habitId }, select: { current: true, longest: true } });

describe("habit logs and streaks", () => {
  it("store one log when the same habit and day are logged twice at once", async () => {
    const { familyId, habitId } = await setup();
    const [a, b] = await Promise.all([
      logHabit(familyId, habitId, { date: TODAY, today: TODAY }),
      logHabit(familyId, habitId, { date: TODAY, today: TODAY }),
    ]);
    expect(a.logId).toBe(b.logId);
    expect(await db.habitLog.count({ where: { habitId } })).toBe(1);
    expect(await stored(habitId)).toEqual({ current: 1, longest: 1 });
  });

  it("treat a client event id as the request: replayed the next day, undone, or reused", async () => {
    const { familyId, kidId, habitId } = await setup();
    const other = await createHabit(db, familyId, kidId, { startDate: START });
    const event = randomUUID();
    const first = await logHabit(familyId, habitId, {
      date: TODAY,
      today: TODAY,
      clientEventId: event,
    });
    expect(first.created).toBe(true);
    // The retry arrives after the family's day rolled over, its date left to default.
    const tomorrow = addDays(TODAY, 1);
    const replay = await logHabit(familyId, habitId, {
      date: tomorrow,
      today: tomorrow,
      clientEventId: event,
    });
    expect(replay).toMatchObject({ logId: first.logId, created: false, log: { date: TODAY } });
    expect(await db.habitLog.count({ where: { habitId } })).toBe(1);
    // The same key for another habit: 409, nothing logged.
    await expect(
      logHabit(familyId, other.id, { date: TODAY, today: TODAY, clientEventId: event }),
    ).rejects.toMatchObject({ name: "IdempotencyKeyReusedError" });
    expect(await db.habitLog.count({ where: { habitId: other.id } })).toBe(0);
    // After an undo, the retry answers "undone" and the undo stands.
    await undoHabitLog(familyId, first.logId, TODAY);
    const late = await logHabit(familyId, habitId, {
      date: TODAY,
      today: TODAY,
      clientEventId: event,
    });
    expect(late).toMatchObject({ logId: first.logId, created: false, undone: true });
    expect(await db.habitLog.count({ where: { habitId } })).toBe(0);
    expect(await stored(habitId)).toEqual({ current: 0, longest: 0 });
    expect(await db.pointsEntry.count({ where: { memberId: kidId, delta: { gt: 0 } } })).toBe(
      await db.pointsEntry.count({ where: { memberId: kidId, delta: { lt: 0 } } }),
    );
  });

  it("keep an archived habit read-only until it is restored", async () => {
    const { familyId, habitId } = await setup();
    const { logId } = await logHabit(familyId, habitId, { date: TODAY, today: TODAY });
    await setHabitArchived(familyId, habitId, true);
    await expect(updateHabit(familyId, habitId, { name: "Renamed" })).rejects.toMatchObject({
      name: "ConflictError",
      message: expect.stringMatching(/archived/),
    });
    await expect(undoHabitLog(familyId, logId, TODAY)).rejects.toMatchObject({
      name: "ConflictError",
    });
    expect(await db.habitLog.count({ where: { habitId } })).toBe(1);
    // Restoring may come with edits.
    const restored = await updateHabit(familyId, habitId, { archived: false, name: "Renamed" });
    expect(restored).toMatchObject({ name: "Renamed", archivedAt: null });
  });

  it("undo brings back the previous streak", async () => {
    const { familyId, habitId } = await setup();
    await logHabit(familyId, habitId, { date: addDays(TODAY, -1), today: TODAY });
    const before = await stored(habitId);
    const { logId } = await logHabit(familyId, habitId, { date: TODAY, today: TODAY });
    expect(await stored(habitId)).toEqual({ current: 2, longest: 2 });
    await undoHabitLog(familyId, logId, TODAY);
    expect(await stored(habitId)).toEqual(before);
  });

  it("refuse logs outside the days allowed, before the start, on a day a daily habit is not due, and on an archived habit", async () => {
    const family = await createFamily(db);
    const kid = await createKid(db, family.id);
    const notDue = isoWeekday(addDays(TODAY, -1)); // not due on yesterday's weekday
    const habit = await createHabit(db, family.id, kid.id, {
      startDate: addDays(TODAY, -3),
      weekdays: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== notDue),
    });
    const attempt = (date: string) =>
      logHabit(family.id, habit.id, { date, today: TODAY }).then(
        () => "logged",
        (error: Error) => `${error.name}: ${error.message}`,
      );
    expect(await attempt(addDays(TODAY, 1))).toMatch(
      /^RuleViolationError: Habits can be logged for today/,
    );
    expect(await attempt(addDays(TODAY, -4))).toMatch(/^RuleViolationError: .* starts on/);
    expect(await attempt(addDays(TODAY, -1))).toMatch(
      /^RuleViolationError: .* is not planned on \w+day\./,
    );
    expect(await attempt(TODAY)).toBe("logged");
    expect(await db.habitLog.count({ where: { habitId: habit.id } })).toBe(1);
    await db.habit.update({ where: { id: habit.id }, data: { archivedAt: new Date() } });
    expect(await attempt(addDays(TODAY, -2))).toMatch(/^ConflictError: .* is archived/);
  });

  it("keep the stored streak equal to a recomputation after every log, undo and pause", async () => {
    const operation = fc.oneof(
      // Logs go through logHabit within the days it allows (the last 7 before TODAY); older
      // history is written as rows below, as if logged back then.
      fc.record({ kind: fc.constant("log" as const), day: fc.integer({ min: 50, max: 57 }) }),
      fc.record({ kind: fc.constant("undo" as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant("pause" as const),
        day: fc.integer({ min: 0, max: 57 }),
        length: fc.integer({ min: 0, max: 4 }),
      }),
    );
    const sequences = fc.sample(fc.array(operation, { minLength: 10, maxLength: 25 }), {
      numRuns: 4,
      seed: 2026,
    });
    for (const [index, sequence] of sequences.entries()) {
      const { familyId, habitId } = await setup(index % 2 ? { timesPerWeek: 3 } : {});
      const habit = await db.habit.findUniqueOrThrow({ where: { id: habitId } });
      const logs = new Map<string, string>(); // date → log id
      for (let day = 0; day < 50; day++) {
        if ((day * 7 + index) % 3 === 0) continue;
        const date = addDays(START, day);
        const log = await db.habitLog.create({
          data: { familyId, habitId, localDate: toDbDate(date) },
        });
        logs.set(date, log.id);
      }
      await db.$transaction((tx) => refreshStreak(tx, familyId, habitId, TODAY));
      const pauses: { startDate: string; endDate: string }[] = [];
      for (const op of sequence) {
        if (op.kind === "log") {
          const date = addDays(START, op.day);
          const { logId } = await logHabit(familyId, habitId, { date, today: TODAY });
          logs.set(date, logId);
        } else if (op.kind === "undo" && logs.size > 0) {
          const [date, logId] = [...logs.entries()][op.pick % logs.size]!;
          await undoHabitLog(familyId, logId, TODAY);
          logs.delete(date);
        } else if (op.kind === "pause") {
          const range = {
            startDate: addDays(START, op.day),
            endDate: addDays(START, op.day + op.length),
          };
          await pauseHabits(familyId, { habitId, ...range, reason: "test", today: TODAY });
          pauses.push(range);
        } else continue;
        const expected = streakOf({
          cadence:
            habit.cadence === "DAILY"
              ? { kind: "daily", weekdays: habit.weekdays }
              : { kind: "weekly", timesPerWeek: habit.timesPerWeek! },
          startDate: START,
          today: TODAY,
          logs: new Map([...logs.keys()].map((d) => [d, 1])),
          excused: excusedDates(pauses, START, TODAY),
        });
        expect(await stored(habitId)).toEqual(expected);
      }
    }
  });

  it("refuse another family's habit, log and member, and change nothing there", async () => {
    const a = await seedFamilyGraph(db);
    const b = await seedFamilyGraph(db);
    for (const testCase of [
      {
        name: "log B's habit",
        run: () => logHabit(a.familyId, b.habitId, { date: TODAY, today: TODAY }),
      },
      { name: "undo B's log", run: () => undoHabitLog(a.familyId, b.habitLogId, TODAY) },
      {
        name: "pause B's habit",
        run: () =>
          pauseHabits(a.familyId, {
            habitId: b.habitId,
            startDate: TODAY,
            endDate: TODAY,
            reason: "x",
            today: TODAY,
          }),
      },
      {
        name: "pause B's kid",
        run: () =>
          pauseHabits(a.familyId, {
            memberId: b.kidId,
            startDate: TODAY,
            endDate: TODAY,
            reason: "x",
            today: TODAY,
          }),
      },
    ]) {
      await expectRefusedAndUnchanged(db, b, testCase);
    }
  });
});

describe("the family's week start", () => {
  it("regroups N-per-week streaks when a parent changes it, in the same change", async () => {
    const family = await createFamily(db);
    const kid = await createKid(db, family.id);
    const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
    // The Monday of last week, whatever today is: two Friday + Saturday pairs before it.
    const lastMonday = addDays(today, -(isoWeekday(today) - 1) - 7);
    const start = addDays(lastMonday, -14);
    const habit = await createHabit(db, family.id, kid.id, { timesPerWeek: 2, startDate: start });
    const pairs = [-3, -2, 4, 5].map((offset) => addDays(lastMonday, offset));
    // Written directly: the days lie further back than a parent may log today.
    await db.habitLog.createMany({
      data: pairs.map((date) => ({
        familyId: family.id,
        habitId: habit.id,
        localDate: toDbDate(date),
        count: 1,
      })),
    });
    const expected = (weekStart: number) =>
      streakOf({
        cadence: { kind: "weekly", timesPerWeek: 2 },
        startDate: start,
        today,
        logs: new Map(pairs.map((date) => [date, 1])),
        excused: new Set(),
        weekStart,
      });
    await db.$transaction((tx) => refreshStreak(tx, family.id, habit.id, today));
    // Monday weeks hold each pair whole: two weeks met.
    expect(await stored(habit.id)).toEqual(expected(1));
    expect(expected(1).current).toBe(2);

    const settings = {
      name: family.name,
      timeZone: family.timeZone,
      dayStartMinute: family.dayStartMinute,
    };
    await updateFamilySettings(family.id, { ...settings, weekStart: 6 });
    // Saturday weeks cut each pair in two: the stored streak changed with the setting.
    expect(await stored(habit.id)).toEqual(expected(6));
    expect(expected(6).current).toBeLessThan(2);
    await updateFamilySettings(family.id, { ...settings, weekStart: 1 });
    expect(await stored(habit.id)).toEqual(expected(1));
  });
});
