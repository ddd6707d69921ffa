// Parents' scheduled push notices (issue 19) against the real database, the job queue and a push
// service on this machine that checks VAPID and decrypts each payload as the browser would
// (lib/testing/push-service.ts): a routine's reminder comes once per kid who has not finished, at
// the end of its window and not half an hour later; a pool chore nobody took is told once; quiet
// hours and a switched-off reminder drop it; each kid's week is summarised once.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkItem } from "@/lib/checks/queries";
import { savePrefs, DEFAULT_PREFS } from "@/lib/push/queries";
import { scheduleNotices } from "@/lib/push/schedule";
import { family, pushTestContext, received } from "@/lib/push/testing";
import { createKid, createRoutine } from "@/lib/testing/factories";
import { addDays, dayOfWeek, instantAt, localDateAt } from "@/lib/time/rules";

const { runners, parentWithDevice } = pushTestContext();

describe("scheduled notices", () => {
  /** A family whose two kids share a two-item routine that ends at 10:00 and reminds. */
  async function morning() {
    const { family: f } = await family();
    const kids = [await createKid(db, f.id), await createKid(db, f.id)];
    const routine = await createRoutine(db, f.id, {
      kidIds: kids.map((k) => k.id),
      cards: [["Teeth", "Shoes"]],
      startMinute: 420,
      endMinute: 600,
    });
    await db.routine.update({ where: { id: routine.routine.id }, data: { remindAtEnd: true } });
    return { f, kids, routine };
  }

  it("remind once, at the end of the window, about each kid who has not finished", async () => {
    const { f, kids, routine } = await morning();
    const mum = await parentWithDevice(f.id);
    const today = localDateAt(new Date(), f.timeZone);
    // The first kid finished; the second did one of two.
    for (const item of routine.items)
      await checkItem(f.id, kids[0]!.id, item.id, today, randomUUID());
    await checkItem(f.id, kids[1]!.id, routine.items[0]!.id, today, randomUUID());
    const runner = await runners.start({ familyIds: [f.id] });

    const before = instantAt(today, 595, f.timeZone);
    expect(await scheduleNotices(runner.boss, before, { familyIds: [f.id] })).toBe(0);
    const after = instantAt(today, 605, f.timeZone);
    // Two instances in the same minute, and the next minute: two notices (one per kid), once.
    const made = await Promise.all([
      scheduleNotices(runner.boss, after, { familyIds: [f.id] }),
      scheduleNotices(runner.boss, after, { familyIds: [f.id] }),
    ]);
    expect(made[0]! + made[1]!).toBe(2);
    expect(
      await scheduleNotices(runner.boss, new Date(after.getTime() + 60_000), { familyIds: [f.id] }),
    ).toBe(0);
    const [reminder] = await received(mum.device);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mum.device.received).toHaveLength(1); // the kid who finished: nothing to say
    expect(reminder!.message).toMatchObject({
      title: `${routine.routine.name} is not finished`,
      body: `${kids[1]!.displayName} did 1 of 2 by 10:00.`,
      url: `/dashboard/kids/${kids[1]!.id}`,
    });
    expect(reminder!.ttl).toBe(3600);
    // Half an hour after the window, a late run (after downtime) no longer reminds.
    const { f: g } = await morning();
    await parentWithDevice(g.id);
    expect(
      await scheduleNotices(runner.boss, instantAt(today, 631, g.timeZone), { familyIds: [g.id] }),
    ).toBe(0);
  });

  it("say once that nobody took a pool chore, or remind about the kid who took it", async () => {
    for (const taken of [false, true]) {
      const { f, kids, routine } = await morning();
      const runner = await runners.start({ familyIds: [f.id] });
      await db.routine.update({
        where: { id: routine.routine.id },
        data: { pooled: true, pooledFrom: new Date("2026-01-01T00:00:00Z") },
      });
      const mum = await parentWithDevice(f.id);
      const today = localDateAt(new Date(), f.timeZone);
      // Taken: the second kid's first check takes it, and one of two is done.
      if (taken) await checkItem(f.id, kids[1]!.id, routine.items[0]!.id, today, randomUUID());
      const after = instantAt(today, 605, f.timeZone);
      expect(await scheduleNotices(runner.boss, after, { familyIds: [f.id] })).toBe(1);
      expect(await scheduleNotices(runner.boss, after, { familyIds: [f.id] })).toBe(0);
      const [notice] = await received(mum.device);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(mum.device.received).toHaveLength(1);
      expect(notice!.message).toMatchObject(
        taken
          ? {
              title: `${routine.routine.name} is not finished`,
              body: `${kids[1]!.displayName} did 1 of 2 by 10:00.`,
            }
          : {
              title: `Nobody took ${routine.routine.name}`,
              body: "It was up for grabs until 10:00.",
              url: `/routines/${routine.routine.id}`,
            },
      );
    }
  });

  it("drop a reminder in quiet hours, and one that is switched off", async () => {
    const { f } = await morning();
    const mum = await parentWithDevice(f.id);
    await savePrefs(f.id, mum.member.id, { ...DEFAULT_PREFS, quietStart: 540, quietEnd: 660 });
    const dad = await parentWithDevice(f.id);
    await savePrefs(f.id, dad.member.id, { ...DEFAULT_PREFS, routineReminders: false });
    const runner = await runners.start({ familyIds: [f.id] });
    const today = localDateAt(new Date(), f.timeZone);
    expect(
      await scheduleNotices(runner.boss, instantAt(today, 605, f.timeZone), { familyIds: [f.id] }),
    ).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(mum.device.attempts + dad.device.attempts).toBe(0);
  });

  it("summarise each kid's week on its last evening, once", async () => {
    const { f, kids, routine } = await morning();
    const mum = await parentWithDevice(f.id);
    const runner = await runners.start({ familyIds: [f.id] });
    // This family week's last day (weeks start on Monday here), at 18:30.
    const today = localDateAt(new Date(), f.timeZone);
    const lastDay = addDays(today, 6 - dayOfWeek(today, f.weekStart));
    const weekStart = addDays(lastDay, -6);
    for (const item of routine.items)
      await checkItem(f.id, kids[0]!.id, item.id, today, randomUUID());
    const evening = instantAt(lastDay, 18 * 60 + 30, f.timeZone);
    expect(
      await scheduleNotices(runner.boss, instantAt(lastDay, 17 * 60, f.timeZone), {
        familyIds: [f.id],
      }),
    ).toBe(0);
    // Three kids (one not in the routine): three summaries, once.
    expect(await scheduleNotices(runner.boss, evening, { familyIds: [f.id] })).toBe(3);
    expect(await scheduleNotices(runner.boss, evening, { familyIds: [f.id] })).toBe(0);
    const messages = await received(mum.device, 3);
    const first = messages.find((m) => m.message.title === `${kids[0]!.displayName}’s week`);
    expect(first!.message.body).toBe(
      `Routines finished: 1 of 7. Stars earned: ${routine.routine.points}. Habits logged: 0.`,
    );
    expect(
      await db.pushNotice.count({ where: { key: `weekly:${kids[0]!.id}:${weekStart}` } }),
    ).toBe(1);
  });
});
