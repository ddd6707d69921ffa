// The tablet's queued taps that cannot be applied (issue 15) are refused, each kept once for the
// parents: taps older than 48 hours or from a clock ahead, a tap the day view would not offer
// (its reason in words, in the reader's language too), and another family's kid or item, where
// nothing is written. Time is injected: `now` is the server's clock, each tap's `at` the tablet's.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createRoutine } from "@/lib/testing/factories";
import { setTestHeaders } from "@/lib/testing/session-mock";
import { Sentence } from "@/lib/i18n/sentence";
import { formatDay } from "@/lib/time/format";
import { isoWeekday } from "@/lib/time/rules";
import { at, check, setupSyncFamily as setup, today } from "@/lib/tablet/sync-testing";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { syncTaps } = await import("@/lib/tablet/sync");
const { serverWords } = await import("@/lib/i18n/server-messages");

afterAll(() => db.$disconnect());

describe("syncing the tablet's queue", () => {
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
