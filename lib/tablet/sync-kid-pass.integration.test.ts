// A PIN kid's queued taps (issue 15) are taken only under a pass: the tablet's pass for her while
// it holds (and the sync renews it), or the pass an offline tap was made under, for her PIN as it
// still is. Time is injected: `now` is the server's clock, each tap's `at` the tablet's.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createKid, createRoutine } from "@/lib/testing/factories";
import { at, check, setupSyncFamily as setup, today } from "@/lib/tablet/sync-testing";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { syncTaps } = await import("@/lib/tablet/sync");
const { grantKidPass } = await import("@/lib/tablet/queries");

afterAll(() => db.$disconnect());

describe("syncing the tablet's queue", () => {
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
});
