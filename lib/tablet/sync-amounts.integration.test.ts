// A measured habit's amounts through the tablet's queue (issue 21): each stored once whatever the
// replays, an undo that arrives before its amount keeps it from ever counting, and a refused
// amount is kept for the parents like any refused tap.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createFamily, createKid, createParent } from "@/lib/testing/factories";
import { addDays, toDbDate } from "@/lib/time/rules";
import type { Tap } from "@/lib/tablet/sync-schema";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { syncTaps } = await import("@/lib/tablet/sync");
const { enableTablet } = await import("@/lib/tablet/queries");

afterAll(() => db.$disconnect());

const today = new Date().toISOString().slice(0, 10);

async function setup() {
  const family = await createFamily(db, { timeZone: "UTC" });
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const habit = await db.habit.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      name: "Cycling",
      icon: "🚴",
      cadence: "DAILY",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startDate: toDbDate(addDays(today, -10)),
      unit: "MINUTES",
      target: 20,
    },
  });
  const device = await enableTablet(family.id, parent.id, "Kitchen");
  const tablet = {
    deviceId: device.id,
    familyId: family.id,
    timeZone: "UTC",
    dayStartMinute: 0,
    pass: { kidPassKidId: null, kidPassPinVersion: null, kidPassUntil: null },
  };
  return { familyId: family.id, kidId: kid.id, habitId: habit.id, tablet };
}

const dayTotal = async (habitId: string) =>
  (await db.habitLog.findFirst({ where: { habitId } }))?.count ?? 0;

describe("a measured habit through the tablet's queue", () => {
  it("adds each amount once whatever the replays; an undo takes one back, also before it arrives", async () => {
    const { kidId, habitId, tablet } = await setup();
    const now = new Date();
    type AmountTap = Extract<Tap, { kind: "habit_amount" }>;
    const amount = (n: number): AmountTap => ({
      id: randomUUID(),
      kind: "habit_amount",
      kidId,
      habitId,
      amount: n,
      at: new Date(now.getTime() - 60_000).toISOString(),
    });
    const undo = (target: AmountTap): Tap => ({
      id: randomUUID(),
      kind: "habit_amount_undo",
      kidId,
      habitId,
      target: target.id,
      amount: target.amount,
      at: now.toISOString(),
    });
    const [ten, five, mistake] = [amount(10), amount(5), amount(10)] as const;
    const batch = { taps: [ten, five, mistake, undo(mistake)], waiting: 0 };
    const first = await syncTaps(tablet, batch, now);
    expect(first.results.map((r) => r.status)).toEqual(["done", "done", "done", "done"]);
    await syncTaps(tablet, batch, now);
    expect(await dayTotal(habitId)).toBe(15);

    // The undo reached the server before its amount (two tablets, or a reordered retry).
    const late = amount(7);
    await syncTaps(tablet, { taps: [undo(late)], waiting: 1 }, now);
    const arrived = await syncTaps(tablet, { taps: [late], waiting: 0 }, now);
    expect(arrived.results[0]).toMatchObject({ status: "undone" });
    expect(await dayTotal(habitId)).toBe(15);
  });

  it("keeps a refused amount for the parents", async () => {
    const { familyId, kidId, habitId, tablet } = await setup();
    await db.habit.update({ where: { id: habitId }, data: { archivedAt: new Date() } });
    const tap: Tap = {
      id: randomUUID(),
      kind: "habit_amount",
      kidId,
      habitId,
      amount: 5,
      at: new Date().toISOString(),
    };
    const { results } = await syncTaps(tablet, { taps: [tap], waiting: 0 });
    expect(results[0]).toMatchObject({ status: "refused" });
    const refusal = await db.tabletRefusal.findFirstOrThrow({ where: { familyId } });
    expect(refusal).toMatchObject({ kind: "habit_amount", kidId });
  });
});
