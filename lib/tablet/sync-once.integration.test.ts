// The tablet's queued taps (issue 15) are stored once each whatever the replays: a batch sent
// again after its answer was lost, an undo that arrives before the check it undoes, a replayed
// undo, and two tablets checking the same item offline. Time is injected: `now` is the server's
// clock, each tap's `at` the tablet's.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { at, check, setupSyncFamily as setup, today } from "@/lib/tablet/sync-testing";
import type { Tap } from "@/lib/tablet/sync-schema";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { syncTaps } = await import("@/lib/tablet/sync");
const { enableTablet } = await import("@/lib/tablet/queries");

afterAll(() => db.$disconnect());

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
});
