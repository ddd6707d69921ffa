// POST /tablet/sync, the route the tablet's queue is sent to (issue 15): a removed tablet is
// answered 403, nothing of its batch is applied and its taps are kept for the parents; another
// site, a missing cookie and a malformed batch are refused before anything is written.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { setTestCookie } from "@/lib/testing/session-mock";
import { check, setupSyncFamily as setup } from "@/lib/tablet/sync-testing";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { revokeTablet } = await import("@/lib/tablet/queries");
const { TABLET_COOKIE } = await import("@/lib/auth/tablet-cookie");
const route = await import("@/app/tablet/sync/route");

afterAll(() => db.$disconnect());

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
