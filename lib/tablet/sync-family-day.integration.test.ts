// A queued tap counts for the family day on which it happened (issue 15), by the tablet's clock:
// not the day it synced, and a tap just after the day start from a tablet a little ahead counts
// for the new day. The family's day starts at 04:00 in UTC (sync-testing.ts). Time is injected:
// `now` is the server's clock, each tap's `at` the tablet's.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays, toDbDate } from "@/lib/time/rules";
import { at, check, setupSyncFamily as setup, today } from "@/lib/tablet/sync-testing";
import type { Tap } from "@/lib/tablet/sync-schema";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { syncTaps } = await import("@/lib/tablet/sync");

afterAll(() => db.$disconnect());

describe("syncing the tablet's queue", () => {
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
});
