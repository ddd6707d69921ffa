// A kid's pass on the tablet ends (SECURITY.md 9b): when the tablet shows the faces again, after
// the idle time without a tap (sliding), after a PIN change, and while the kid is locked. Each
// case first shows the pass working, so a refusal is the pass ending and not a broken setup.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import { db } from "@/lib/db";
import { createFamily, createKid, createParent } from "@/lib/testing/factories";
import { setTestCookie } from "@/lib/testing/session-mock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);
// redirect() after a right PIN is control flow; here it just ends the action.
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: vi.fn(),
}));

const tablet = await import("@/lib/tablet/actions");
const { hashPassword } = await import("@/lib/auth/password");
const { setKidPinHash } = await import("@/lib/families/queries");
const { enableTablet } = await import("@/lib/tablet/queries");
const { TABLET_COOKIE } = await import("@/lib/auth/tablet-cookie");
const { env } = await import("@/lib/env");

afterAll(() => db.$disconnect());

const PIN = "2468";
let kidId: string;
let familyId: string;

beforeEach(async () => {
  const family = await createFamily(db, { timeZone: "UTC" });
  familyId = family.id;
  const parent = await createParent(db, family.id);
  const kid = await createKid(db, family.id, { pinHash: await hashPassword(PIN) });
  kidId = kid.id;
  const device = await enableTablet(family.id, parent.member.id, "Kitchen");
  setTestCookie(TABLET_COOKIE, device.token);
});
afterEach(() => {
  vi.useRealTimers();
  setTestCookie(TABLET_COOKIE, null);
});

const unlock = (pin = PIN) => callAction(tablet.unlockKidAction, { kidId, pin });
// Acting for the kid: what the kid's page and its touches need the pass for.
const check = () => callAction(tablet.stillHereAction, { kidId });
const refused = { ok: false, message: "Tap your face and enter your PIN first." };
const idleMs = () => env().TABLET_IDLE_SECONDS * 1000;
/** Sets the clock `ms` ahead of the real one (the database's is not faked, and need not be). */
const clockAhead = (ms: number) => {
  vi.useRealTimers();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + ms);
};

describe("a kid's pass on the tablet", () => {
  it("lets the kid act after a right PIN, and ends when the tablet shows the faces again", async () => {
    expect(await check()).toEqual(refused);
    // The pad is told the PIN version, for the tablet's own verifier (lib/tablet/offline-pin.ts).
    expect(await unlock()).toEqual({
      ok: true,
      data: { pinVersion: expect.stringMatching(/^\d+$/) },
    });
    expect(await check()).toMatchObject({ ok: true });
    await tablet.leaveKidAction();
    expect(await check()).toEqual(refused);
  });

  it("ends after the idle time without a tap, and each tap moves that end", async () => {
    await unlock();
    clockAhead(idleMs() - 10_000);
    expect(await check()).toMatchObject({ ok: true }); // renews the pass
    clockAhead(idleMs() + 20_000); // past the first end, within the renewed one
    expect(await check()).toMatchObject({ ok: true });
    clockAhead(3 * idleMs());
    expect(await check()).toEqual(refused);
  });

  it("ends when a parent changes the PIN", async () => {
    await unlock();
    expect(await check()).toMatchObject({ ok: true });
    await setKidPinHash(familyId, kidId, await hashPassword("1357"));
    expect(await check()).toEqual(refused);
    await unlock("1357");
    expect(await check()).toMatchObject({ ok: true });
  });

  it("is refused while the kid is locked", async () => {
    await unlock();
    expect(await check()).toMatchObject({ ok: true });
    // Five wrong PINs (a sibling trying) lock the kid; the open pass no longer holds.
    for (let i = 0; i < 5; i++) await unlock("0000");
    expect(await check()).toEqual(refused);
    expect(await callAction(tablet.stillHereAction, { kidId })).toEqual(refused);
  });
});
