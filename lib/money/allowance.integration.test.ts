// The allowance (issue 20) against the real database: a payday is paid once, split into jars,
// whoever runs the job and however late; a condition counts only the days the routine was the
// kid's; a pause or an archived kid is not back-paid.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setKidArchived } from "@/lib/families/queries";
import { payAllowances, saveWallet } from "@/lib/money/allowance";
import { jarBalances } from "@/lib/money/queries";
import { family } from "@/lib/money/testing";
import { createKid, createRoutine } from "@/lib/testing/factories";
import { addDays, instantAt, isoWeekday, toDbDate } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

describe("the allowance", () => {
  it("pays each payday once, split into jars, however many instances run the job and however late", async () => {
    const { f, kid, today } = await family();
    await saveWallet(f.id, kid.id, {
      allowance: 500,
      rhythm: "WEEKLY",
      weekday: 6,
      monthDay: 1,
      conditionRoutineId: null,
      conditionDays: null,
      savePct: 30,
      givePct: 10,
    });
    // Five weeks later, nothing ran meanwhile; then two instances at once, and again.
    const later = instantAt(addDays(today, 35), 12 * 60, f.timeZone);
    await Promise.all([
      payAllowances(later, { familyIds: [f.id] }),
      payAllowances(later, { familyIds: [f.id] }),
    ]);
    await payAllowances(later, { familyIds: [f.id] });
    const paydays = await db.allowancePeriod.findMany({
      where: { memberId: kid.id },
      orderBy: { payday: "asc" },
    });
    expect(paydays.length).toBe(5);
    expect(new Set(paydays.map((p) => p.payday.getTime())).size).toBe(5);
    expect(paydays.every((p) => p.payday.getUTCDay() === 6)).toBe(true);
    expect(await jarBalances(f.id, kid.id)).toEqual({
      SPEND: 5 * 300,
      SAVE: 5 * 150,
      GIVE: 5 * 50,
    });
  });

  it("pays only when the condition was met: at least 2 mornings of the week before", async () => {
    const { f, kid, today } = await family();
    const { routine } = await createRoutine(db, f.id, { kidIds: [kid.id], cards: [["Teeth"]] });
    await saveWallet(f.id, kid.id, {
      allowance: 400,
      rhythm: "WEEKLY",
      weekday: 1,
      monthDay: 1,
      conditionRoutineId: routine.id,
      conditionDays: 2,
      savePct: 0,
      givePct: 0,
    });
    // Paid on Mondays from a Monday two weeks ago; two mornings done in the week after it.
    const monday = addDays(today, -((isoWeekday(today) + 6) % 7) - 14);
    await db.wallet.update({ where: { memberId: kid.id }, data: { startsOn: toDbDate(monday) } });
    const version = await db.routineVersion.findFirstOrThrow({ where: { routineId: routine.id } });
    for (const offset of [2, 4])
      await db.routineCompletion.create({
        data: {
          familyId: f.id,
          memberId: kid.id,
          routineId: routine.id,
          versionId: version.id,
          localDate: toDbDate(addDays(monday, offset)),
        },
      });
    await payAllowances(instantAt(addDays(monday, 8), 12 * 60, f.timeZone), { familyIds: [f.id] });
    const paydays = await db.allowancePeriod.findMany({
      where: { memberId: kid.id },
      orderBy: { payday: "asc" },
    });
    expect(paydays.map((p) => [p.payday.toISOString().slice(0, 10), p.amount, p.done])).toEqual([
      [monday, 0, 0], // the week before it: no mornings
      [addDays(monday, 7), 400, 2],
    ]);
    expect((await jarBalances(f.id, kid.id)).SPEND).toBe(400);
  });

  it("owes nothing for a pause or while a kid was archived: it starts again on the day it is back", async () => {
    const { f, kid, today } = await family();
    const tomorrow = isoWeekday(addDays(today, 1)) % 7; // never a payday today
    const plan = {
      allowance: 500,
      rhythm: "WEEKLY" as const,
      weekday: tomorrow,
      monthDay: 1,
      conditionRoutineId: null,
      conditionDays: null,
      savePct: 0,
      givePct: 0,
    };
    await saveWallet(f.id, kid.id, plan);
    await db.wallet.update({
      where: { memberId: kid.id },
      data: { startsOn: toDbDate(addDays(today, -35)) },
    });
    await payAllowances(instantAt(addDays(today, -21), 12 * 60, f.timeZone), { familyIds: [f.id] });
    const paidBefore = await db.allowancePeriod.count({ where: { memberId: kid.id } });
    expect(paidBefore).toBe(2);
    // Paused three weeks ago in effect (0), and on again now: the weeks between are not owed.
    await saveWallet(f.id, kid.id, { ...plan, allowance: 0 });
    await saveWallet(f.id, kid.id, plan);
    await payAllowances(new Date(), { familyIds: [f.id] });
    expect(await db.allowancePeriod.count({ where: { memberId: kid.id } })).toBe(paidBefore);

    const other = await createKid(db, f.id);
    await saveWallet(f.id, other.id, plan);
    await db.wallet.update({
      where: { memberId: other.id },
      data: { startsOn: toDbDate(addDays(today, -35)) },
    });
    await setKidArchived(f.id, other.id, true);
    await setKidArchived(f.id, other.id, false);
    await payAllowances(new Date(), { familyIds: [f.id] });
    expect(await db.allowancePeriod.count({ where: { memberId: other.id } })).toBe(0);
    expect((await db.wallet.findUniqueOrThrow({ where: { memberId: other.id } })).startsOn).toEqual(
      toDbDate(today),
    );
  });

  it("counts only the days the routine was the kid's: away, a sibling's turn, a pool chore taken", async () => {
    const { f, kid: ada, today } = await family();
    const ben = await createKid(db, f.id);
    const cleo = await createKid(db, f.id);
    // The week before a Monday payday, a week ago.
    const payday = addDays(today, -((isoWeekday(today) + 6) % 7) - 7);
    const from = addDays(payday, -7);
    const week = Array.from({ length: 7 }, (_, i) => addDays(from, i));
    const teeth = await createRoutine(db, f.id, { kidIds: [ada.id], cards: [["Teeth"]] });
    const dishes = await createRoutine(db, f.id, { kidIds: [ada.id, ben.id], cards: [["Dishes"]] });
    await db.routine.update({
      where: { id: dishes.routine.id },
      data: { pooled: true, pooledFrom: toDbDate(from) },
    });
    const trash = await createRoutine(db, f.id, { kidIds: [ben.id, cleo.id], cards: [["Trash"]] });
    await db.routine.update({
      where: { id: trash.routine.id },
      data: { turns: "DAY", turnsFrom: toDbDate(from) },
    });
    // Ada is at her dad's three days of it; Ada takes the dishes four days, Ben the other three.
    await db.awayDay.create({
      data: {
        familyId: f.id,
        memberId: ada.id,
        kind: "AWAY",
        startDate: toDbDate(week[1]!),
        endDate: toDbDate(week[3]!),
      },
    });
    const adaDishes = [week[0]!, week[4]!, week[5]!, week[6]!];
    for (const day of week)
      await db.poolClaim.create({
        data: {
          familyId: f.id,
          routineId: dishes.routine.id,
          localDate: toDbDate(day),
          memberId: adaDishes.includes(day) ? ada.id : ben.id,
          claimedAt: new Date(),
        },
      });
    const cleoDays = await db.$queryRaw<{ day: string }[]>`
      SELECT to_char(d, 'YYYY-MM-DD') AS day FROM generate_series(${from}::date, ${week[6]}::date, interval '1 day') d
      WHERE ${cleo.id}::uuid = ANY(routine_doers(${f.id}::uuid, ${trash.routine.id}::uuid, d::date))`;
    const done = async (
      kidId: string,
      routine: { routine: { id: string }; version: { id: string } },
      days: string[],
    ) => {
      for (const day of days)
        await db.routineCompletion.create({
          data: {
            familyId: f.id,
            memberId: kidId,
            routineId: routine.routine.id,
            versionId: routine.version.id,
            localDate: toDbDate(day),
          },
        });
    };
    // Each does every day that was theirs, and not one more: 4, 3 and 3 or 4 days.
    await done(ada.id, teeth, [week[0]!, ...week.slice(4)]);
    await done(
      ben.id,
      dishes,
      week.filter((day) => !adaDishes.includes(day)),
    );
    await done(
      cleo.id,
      trash,
      cleoDays.map((row) => row.day),
    );
    // Five of seven mornings, five of seven dishes, six of seven trash days: more than was theirs.
    for (const [kid, routine, days] of [
      [ada, teeth, 5],
      [ben, dishes, 5],
      [cleo, trash, 6],
    ] as const) {
      await saveWallet(f.id, kid.id, {
        allowance: 300,
        rhythm: "WEEKLY",
        weekday: 1,
        monthDay: 1,
        conditionRoutineId: routine.routine.id,
        conditionDays: days,
        savePct: 0,
        givePct: 0,
      });
      await db.wallet.update({ where: { memberId: kid.id }, data: { startsOn: toDbDate(payday) } });
    }
    await payAllowances(instantAt(payday, 12 * 60, f.timeZone), { familyIds: [f.id] });
    const periods = await db.allowancePeriod.findMany({
      where: { familyId: f.id, payday: toDbDate(payday) },
    });
    const byKid = new Map(periods.map((p) => [p.memberId, p]));
    // ⌈5 × 4 / 7⌉ = 3 for Ada; ⌈5 × 3 / 7⌉ = 3 for Ben; ⌈6 × n / 7⌉ ≤ n for Cleo's n turns.
    expect([byKid.get(ada.id)?.amount, byKid.get(ada.id)?.done, byKid.get(ada.id)?.needed]).toEqual(
      [300, 4, 3],
    );
    expect([byKid.get(ben.id)?.amount, byKid.get(ben.id)?.done, byKid.get(ben.id)?.needed]).toEqual(
      [300, 3, 3],
    );
    expect([3, 4]).toContain(cleoDays.length);
    expect(byKid.get(cleo.id)?.amount).toBe(300);
    expect(byKid.get(cleo.id)?.needed).toBe(Math.ceil((6 * cleoDays.length) / 7));
  });

  it("still asks the days that were the kid's: one fewer than needed pays nothing", async () => {
    const { f, kid, today } = await family();
    const payday = addDays(today, -((isoWeekday(today) + 6) % 7) - 7);
    const from = addDays(payday, -7);
    const teeth = await createRoutine(db, f.id, { kidIds: [kid.id], cards: [["Teeth"]] });
    await db.awayDay.create({
      data: {
        familyId: f.id,
        memberId: kid.id,
        kind: "AWAY",
        startDate: toDbDate(from),
        endDate: toDbDate(addDays(from, 2)),
      },
    });
    for (const offset of [3, 4])
      await db.routineCompletion.create({
        data: {
          familyId: f.id,
          memberId: kid.id,
          routineId: teeth.routine.id,
          versionId: teeth.version.id,
          localDate: toDbDate(addDays(from, offset)),
        },
      });
    await saveWallet(f.id, kid.id, {
      allowance: 300,
      rhythm: "WEEKLY",
      weekday: 1,
      monthDay: 1,
      conditionRoutineId: teeth.routine.id,
      conditionDays: 5,
      savePct: 0,
      givePct: 0,
    });
    await db.wallet.update({ where: { memberId: kid.id }, data: { startsOn: toDbDate(payday) } });
    await payAllowances(instantAt(payday, 12 * 60, f.timeZone), { familyIds: [f.id] });
    const period = await db.allowancePeriod.findFirstOrThrow({ where: { memberId: kid.id } });
    // Four days home: ⌈5 × 4 / 7⌉ = 3 needed, 2 done.
    expect([period.amount, period.done, period.needed]).toEqual([0, 2, 3]);
  });
});
