// The tablet's queued taps (issue 15): stored once each whatever the replays, in order, for the
// family day on which they happened; refused ones kept for parents; a removed tablet's taps are
// not applied. Time is injected: `now` is the server's clock, each tap's `at` the tablet's.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  createFamily,
  createHabit,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";
import { setTestCookie, setTestHeaders } from "@/lib/testing/session-mock";
import { Sentence } from "@/lib/i18n/sentence";
import { formatDay } from "@/lib/time/format";
import { addDays, isoWeekday, toDbDate } from "@/lib/time/rules";
import type { Tap } from "@/lib/tablet/sync-schema";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { syncTaps } = await import("@/lib/tablet/sync");
const { enableTablet, grantKidPass, revokeTablet } = await import("@/lib/tablet/queries");
const { TABLET_COOKIE } = await import("@/lib/tablet/session");
const route = await import("@/app/tablet/sync/route");
const { serverWords } = await import("@/lib/i18n/server-messages");

afterAll(() => db.$disconnect());

// The family lives in UTC with its day starting at 04:00, so "which day" is plain arithmetic.
const DAY_START = 240;
const today = new Date().toISOString().slice(0, 10);
const at = (date: string, time: string) => new Date(`${date}T${time}:00.000Z`);

async function setup() {
  const family = await createFamily(db, { timeZone: "UTC", dayStartMinute: DAY_START });
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const routine = await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: [
      ["A", "B", "C"],
      ["D", "E", "F"],
    ],
  });
  const habit = await createHabit(db, family.id, kid.id, { startDate: addDays(today, -20) });
  const device = await enableTablet(family.id, parent.id, "Kitchen");
  const tablet = {
    deviceId: device.id,
    familyId: family.id,
    timeZone: "UTC",
    dayStartMinute: DAY_START,
    pass: { kidPassKidId: null, kidPassPinVersion: null, kidPassUntil: null },
  };
  return { familyId: family.id, kidId: kid.id, items: routine.items, habit, tablet, device };
}

const check = (kidId: string, itemId: string, when: Date): Tap => ({
  id: randomUUID(),
  kind: "check",
  kidId,
  itemId,
  at: when.toISOString(),
});

describe("syncing the tablet's queue", () => {
  it("stores 4 checks and 1 log once each for 5 checks, an undo and a log, whatever the replays", async () => {
    const { kidId, items, habit, tablet } = await setup();
    const now = at(today, "12:00");
    const checks = items
      .slice(0, 5)
      .map((item, i) => check(kidId, item.id, new Date(now.getTime() - (10 - i) * 60_000)));
    const undo: Tap = {
      id: randomUUID(),
      kind: "uncheck",
      kidId,
      itemId: items[2]!.id,
      target: checks[2]!.id,
      at: new Date(now.getTime() - 60_000).toISOString(),
    };
    const log: Tap = {
      id: randomUUID(),
      kind: "habit_log",
      kidId,
      habitId: habit.id,
      at: now.toISOString(),
    };
    const taps = [...checks, undo, log];

    const first = await syncTaps(tablet, { taps, waiting: 0 }, now);
    expect(first.results.map((r) => r.status)).toEqual(Array(7).fill("done"));
    // The same batch again (the answer was lost), and again a minute later.
    const again = await syncTaps(tablet, { taps, waiting: 0 }, now);
    await syncTaps(tablet, { taps, waiting: 0 }, new Date(now.getTime() + 60_000));
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(4);
    expect(await db.habitLog.count({ where: { habitId: habit.id } })).toBe(1);
    expect(again.results[2]).toMatchObject({ status: "undone" });
    const device = await db.tabletDevice.findUniqueOrThrow({ where: { id: tablet.deviceId } });
    expect(device.lastSyncAt?.getTime()).toBe(now.getTime() + 60_000);
  });

  it("keeps an undo that arrives before the check it undoes: the check never stands", async () => {
    const { kidId, items, tablet } = await setup();
    const now = at(today, "12:00");
    const tap = check(kidId, items[0]!.id, new Date(now.getTime() - 120_000));
    const undo: Tap = {
      id: randomUUID(),
      kind: "uncheck",
      kidId,
      itemId: items[0]!.id,
      target: tap.id,
      at: now.toISOString(),
    };
    await syncTaps(tablet, { taps: [undo], waiting: 1 }, now);
    const late = await syncTaps(tablet, { taps: [tap], waiting: 0 }, now);
    expect(late.results[0]).toMatchObject({ status: "undone" });
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(0);
  });

  it("answers a replayed undo of a known check 'done', and an undo of a check that never was 'refused'", async () => {
    const { kidId, items, tablet } = await setup();
    const now = at(today, "12:00");
    const tap = check(kidId, items[0]!.id, now);
    const { results } = await syncTaps(tablet, { taps: [tap], waiting: 0 }, now);
    const undo: Tap = {
      id: randomUUID(),
      kind: "uncheck",
      kidId,
      itemId: items[0]!.id,
      checkId: results[0]!.checkId!,
      at: now.toISOString(),
    };
    for (let i = 0; i < 2; i++) {
      const answer = await syncTaps(tablet, { taps: [undo], waiting: 0 }, now);
      expect(answer.results[0]).toMatchObject({ status: "done" });
    }
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(0);
    const ghost = await syncTaps(
      tablet,
      { taps: [{ ...undo, id: randomUUID(), checkId: randomUUID() }], waiting: 0 },
      now,
    );
    expect(ghost.results[0]).toMatchObject({ status: "refused" });
  });

  it("counts an offline tap for the day it happened, not the day it synced", async () => {
    const { kidId, items, tablet } = await setup();
    // 03:30 is still yesterday for a family whose day starts at 04:00; it syncs at 04:30.
    const tap = check(kidId, items[0]!.id, at(today, "03:30"));
    const result = await syncTaps(tablet, { taps: [tap], waiting: 0 }, at(today, "04:30"));
    expect(result.results[0]).toMatchObject({ status: "done" });
    const stored = await db.itemCheck.findFirstOrThrow({ where: { memberId: kidId } });
    expect(stored.localDate).toEqual(toDbDate(addDays(today, -1)));
    // And one made after the day start counts for today.
    const later = check(kidId, items[1]!.id, at(today, "04:10"));
    await syncTaps(tablet, { taps: [later], waiting: 0 }, at(today, "04:30"));
    const second = await db.itemCheck.findFirstOrThrow({ where: { clientEventId: later.id } });
    expect(second.localDate).toEqual(toDbDate(today));
  });

  it("counts a tap just after the day start from a tablet a little ahead for the new day", async () => {
    const { kidId, items, habit, tablet } = await setup();
    // The server is at 03:58; the tablet's clock says 04:01, after the family's day start.
    const now = at(today, "03:58");
    const tap = check(kidId, items[0]!.id, at(today, "04:01"));
    const log: Tap = { id: randomUUID(), kind: "habit_log", kidId, habitId: habit.id, at: tap.at };
    const { results } = await syncTaps(tablet, { taps: [tap, log], waiting: 0 }, now);
    expect(results.map((r) => r.status)).toEqual(["done", "done"]);
    const stored = await db.itemCheck.findFirstOrThrow({ where: { clientEventId: tap.id } });
    expect(stored.localDate).toEqual(toDbDate(today));
    const logged = await db.habitLog.findFirstOrThrow({ where: { clientEventId: log.id } });
    expect(logged.localDate).toEqual(toDbDate(today));
  });

  it("refuses taps older than 48 hours or from a clock ahead, and keeps each refusal once for parents", async () => {
    const { familyId, kidId, items, tablet } = await setup();
    const now = at(today, "12:00");
    const old = check(kidId, items[0]!.id, new Date(now.getTime() - 49 * 3600_000));
    const ahead = check(kidId, items[1]!.id, new Date(now.getTime() + 10 * 60_000));
    const fine = check(kidId, items[2]!.id, new Date(now.getTime() + 60_000)); // 1 min ahead: ok
    for (let i = 0; i < 2; i++) {
      const { results } = await syncTaps(tablet, { taps: [old, ahead, fine], waiting: 0 }, now);
      expect(results.map((r) => r.status)).toEqual(["refused", "refused", "done"]);
      expect(results[0]!.reason).toMatch(/more than 2 days old/);
      expect(results[1]!.reason).toMatch(/clock is ahead/);
    }
    const refusals = await db.tabletRefusal.findMany({
      where: { familyId },
      orderBy: { happenedAt: "asc" },
    });
    expect(refusals.map((r) => r.clientEventId)).toEqual([old.id, ahead.id]);
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(1);
  });

  it("refuses a tap the day view would not offer, with the rule in words", async () => {
    const { familyId, kidId, tablet } = await setup();
    const weekend = await createRoutine(db, familyId, {
      kidIds: [kidId],
      weekdays: [(isoWeekday(today) % 7) + 1], // not today
      cards: [["X"]],
    });
    const now = at(today, "12:00");
    const { results } = await syncTaps(
      tablet,
      { taps: [check(kidId, weekend.items[0]!.id, now)], waiting: 0 },
      now,
    );
    expect(results[0]).toMatchObject({ status: "refused", reason: expect.any(String) });
    const row = await db.tabletRefusal.findFirstOrThrow({ where: { familyId } });
    expect(await db.tabletRefusal.count({ where: { familyId } })).toBe(1);
    // Kept in English (the tablet's answer and the logs) and as a sentence the Family page says
    // in its reader's language, the day's name in that language too.
    expect(row.reason).toBe(results[0]!.reason);
    expect(row.reason).toMatch(/^“.+” is not planned on \w+day, so nothing of it can be checked/);
    setTestHeaders({ "accept-language": "de" });
    const say = await serverWords();
    const german = say(Sentence.fromJSON(row.reasonWords) ?? row.reason);
    setTestHeaders({});
    expect(german).toMatch(/^„.+“ ist für \S+ nicht geplant/);
    expect(german).toContain(formatDay(today, "weekdayLong", "de"));
  });

  it("takes a PIN kid's taps only while the tablet's pass for that kid holds, and renews it", async () => {
    const { familyId, tablet } = await setup();
    const mia = await createKid(db, familyId, {
      pinHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
    });
    const routine = await createRoutine(db, familyId, { kidIds: [mia.id], cards: [["Teeth"]] });
    const now = at(today, "12:00");
    const tap = () => check(mia.id, routine.items[0]!.id, now);
    const locked = await syncTaps(tablet, { taps: [tap()], waiting: 0 }, now);
    expect(locked.results[0]).toMatchObject({
      status: "refused",
      reason: expect.stringMatching(/PIN was not in use/),
    });
    const until = new Date(now.getTime() + 60_000);
    await grantKidPass(familyId, tablet.deviceId, mia, until); // as after her PIN
    const pass = { kidPassKidId: mia.id, kidPassPinVersion: mia.pinVersion, kidPassUntil: until };
    const open = await syncTaps({ ...tablet, pass }, { taps: [tap()], waiting: 0 }, now);
    expect(open.results[0]).toMatchObject({ status: "done" });
    const device = await db.tabletDevice.findUniqueOrThrow({ where: { id: tablet.deviceId } });
    expect(device.kidPassUntil!.getTime()).toBeGreaterThan(now.getTime() + 60_000);
  });

  it("takes a PIN kid's offline taps made under the tablet's own pass, for her PIN as it still is", async () => {
    const { familyId, tablet } = await setup();
    const mia = await createKid(db, familyId, {
      pinHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
    });
    const routine = await createRoutine(db, familyId, {
      kidIds: [mia.id],
      cards: [["Teeth", "Hair", "Socks"]],
    });
    // Offline from 11:00; she opened her day with her PIN on the tablet at 11:10, tapped at 11:11
    // and 11:13; a sibling tapped at 11:30 on the page she left open; it all arrives at 12:00.
    const unlocked = at(today, "11:10").toISOString();
    const made = (item: number, time: string, pass: { pinVersion: number; at: string }) => ({
      ...check(mia.id, routine.items[item]!.id, at(today, time)),
      pass,
    });
    const taps = [
      made(0, "11:11", { pinVersion: mia.pinVersion, at: unlocked }),
      made(1, "11:13", { pinVersion: mia.pinVersion, at: at(today, "11:11").toISOString() }),
      made(2, "11:30", { pinVersion: mia.pinVersion, at: at(today, "11:13").toISOString() }),
    ];
    const { results } = await syncTaps(tablet, { taps, waiting: 0 }, at(today, "12:00"));
    expect(results.map((r) => r.status)).toEqual(["done", "done", "refused"]);
    expect(await db.itemCheck.count({ where: { memberId: mia.id } })).toBe(2);

    // A parent changed her PIN meanwhile: what the tablet checked was the old one.
    await db.familyMember.update({ where: { id: mia.id }, data: { pinVersion: { increment: 1 } } });
    const old = made(2, "11:12", { pinVersion: mia.pinVersion, at: unlocked });
    const after = await syncTaps(tablet, { taps: [old], waiting: 0 }, at(today, "12:00"));
    expect(after.results[0]).toMatchObject({ status: "refused" });
    expect(await db.itemCheck.count({ where: { memberId: mia.id } })).toBe(2);
  });

  it("stores one check when two tablets check the same item offline", async () => {
    const { familyId, kidId, items, tablet } = await setup();
    const parent = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "PARENT" } });
    const other = await enableTablet(familyId, parent.id, "Hall");
    const now = at(today, "12:00");
    const [a, b] = await Promise.all([
      syncTaps(tablet, { taps: [check(kidId, items[0]!.id, now)], waiting: 0 }, now),
      syncTaps(
        { ...tablet, deviceId: other.id },
        { taps: [check(kidId, items[0]!.id, now)], waiting: 0 },
        now,
      ),
    ]);
    expect(a.results[0]!.checkId).toBe(b.results[0]!.checkId);
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(1);
  });

  it("refuses another family's kid and item, writing nothing there", async () => {
    const mine = await setup();
    const theirs = await setup();
    const now = at(today, "12:00");
    const { results } = await syncTaps(
      mine.tablet,
      {
        taps: [
          check(theirs.kidId, theirs.items[0]!.id, now),
          check(mine.kidId, theirs.items[0]!.id, now),
        ],
        waiting: 0,
      },
      now,
    );
    expect(results.map((r) => r.status)).toEqual(["refused", "refused"]);
    expect(await db.itemCheck.count({ where: { familyId: theirs.familyId } })).toBe(0);
    expect(await db.tabletRefusal.count({ where: { familyId: theirs.familyId } })).toBe(0);
  });
});

describe("POST /tablet/sync", () => {
  const post = (body: unknown, origin = "http://app.test") =>
    route.POST(
      new Request("http://app.test/tablet/sync", {
        method: "POST",
        headers: { "content-type": "application/json", origin, host: "app.test" },
        body: JSON.stringify(body),
      }),
    );

  beforeAll(() => setTestCookie(TABLET_COOKIE, null));

  it("answers a removed tablet 403, applies nothing and keeps its taps for parents", async () => {
    const { familyId, kidId, items, device } = await setup();
    setTestCookie(TABLET_COOKIE, device.token);
    const tap = check(kidId, items[0]!.id, new Date());
    const ok = await post({ taps: [tap], waiting: 0 });
    expect(ok.status).toBe(200);
    await revokeTablet(familyId, device.id);
    const late = check(kidId, items[1]!.id, new Date());
    const refused = await post({ taps: [late], waiting: 0 });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(1);
    expect(
      await db.tabletRefusal.findMany({ where: { familyId }, select: { clientEventId: true } }),
    ).toEqual([{ clientEventId: late.id }]);
  });

  it("refuses another site, a missing cookie and a malformed batch", async () => {
    const { kidId, items, device } = await setup();
    setTestCookie(TABLET_COOKIE, device.token);
    const tap = check(kidId, items[0]!.id, new Date());
    expect((await post({ taps: [tap], waiting: 0 }, "https://evil.example")).status).toBe(403);
    expect((await post({ taps: [{ ...tap, kind: "explode" }], waiting: 0 })).status).toBe(400);
    expect((await post({ taps: Array(101).fill(tap), waiting: 0 })).status).toBe(400);
    setTestCookie(TABLET_COOKIE, null);
    expect((await post({ taps: [tap], waiting: 0 })).status).toBe(401);
    expect(await db.itemCheck.count({ where: { memberId: kidId } })).toBe(0);
  });
});
