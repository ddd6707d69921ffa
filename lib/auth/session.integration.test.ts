// A session is only as good as its version: logout and password changes end every copy of it.
import { afterAll, describe, expect, it, vi } from "vitest";
import { bumpSessionVersion } from "@/lib/auth/queries";
import { createFamily, createParent } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { signedInAs, signedOut } from "@/lib/testing/session-mock";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);
const { getSession, requireParent } = await import("@/lib/auth/session");

const db = testDb();
afterAll(() => db.$disconnect());

describe("sessions", () => {
  it("resolve the family and role from the database, never from the cookie", async () => {
    const family = await createFamily(db);
    const { user, member } = await createParent(db, family.id);
    signedInAs(user.id, 0);
    expect(await getSession()).toMatchObject({
      userId: user.id,
      familyId: family.id,
      memberId: member.id,
      role: "PARENT",
    });
    const session = await getSession();
    expect(Object.keys(session!)).not.toContain("passwordHash");
  });

  it("end for every copy of the cookie when the version is bumped (logout, password change)", async () => {
    const family = await createFamily(db);
    const { user } = await createParent(db, family.id);
    signedInAs(user.id, 0);
    expect(await requireParent()).toMatchObject({ userId: user.id });
    const version = await bumpSessionVersion(user.id);
    expect(version).toBe(1);
    expect(await getSession()).toBeNull();
    await expect(requireParent()).rejects.toMatchObject({ name: "NotSignedInError" });
    signedInAs(user.id, version); // the fresh cookie issued after a password change
    expect(await getSession()).not.toBeNull();
  });

  it("are refused for a user that no longer exists, or without a cookie", async () => {
    signedInAs("00000000-0000-4000-8000-000000000000", 0);
    expect(await getSession()).toBeNull();
    signedOut();
    expect(await getSession()).toBeNull();
  });

  it("give a user without a family no parent rights", async () => {
    const user = await db.user.create({
      data: { email: `nofamily-${Date.now()}@example.test`, name: "Solo", passwordHash: "x" },
    });
    signedInAs(user.id, 0);
    expect(await getSession()).toMatchObject({ familyId: null, role: null });
    await expect(requireParent()).rejects.toMatchObject({ name: "ForbiddenError" });
  });
});
