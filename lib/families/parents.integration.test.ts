// Parents manage parents: one removes another (never the last one), which ends that parent's
// sessions, API tokens and open invitations; the inviter sees who used each link.
import { afterAll, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import { createApiTokenRow, createFamily, createParent } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { signedInAs } from "@/lib/testing/session-mock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const families = await import("@/lib/families/actions");
const { getSession } = await import("@/lib/auth/session");
const { acceptInvite, createInvite, listInvites } = await import("@/lib/families/invites");
const { removeParent } = await import("@/lib/families/parents");
const { cachedApiToken } = await import("@/lib/api-tokens/cache");

const db = testDb();
afterAll(() => db.$disconnect());

async function twoParents() {
  const family = await createFamily(db);
  const alex = await createParent(db, family.id);
  const sam = await createParent(db, family.id);
  return { familyId: family.id, alex, sam };
}

describe("removing a parent", () => {
  it("ends the removed parent's sessions, tokens and invitations; their history stays", async () => {
    const { familyId, alex, sam } = await twoParents();
    const token = await createApiTokenRow(db, familyId, sam.member.id, "READ_WRITE");
    const invite = await createInvite(familyId, sam.member.id);
    signedInAs(sam.user.id, sam.user.sessionVersion);
    expect(await getSession()).toMatchObject({ familyId, role: "PARENT" });
    expect(await cachedApiToken(token.token)).toMatchObject({ familyId });

    signedInAs(alex.user.id, alex.user.sessionVersion);
    const result = await callAction(families.removeParentAction, { memberId: sam.member.id });
    expect(result).toMatchObject({ ok: true });

    signedInAs(sam.user.id, sam.user.sessionVersion);
    expect(await getSession()).toBeNull();
    const tokenRow = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(tokenRow.revokedAt).not.toBeNull();
    // This process had the token cached: the NOTIFY sent at commit evicts it.
    await expect
      .poll(() => cachedApiToken(token.token), { timeout: 3_000 })
      .toMatchObject({ revokedAt: expect.any(Date) });
    const inviteRow = await db.familyInvite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(inviteRow.revokedAt).not.toBeNull();
    const member = await db.familyMember.findUniqueOrThrow({ where: { id: sam.member.id } });
    expect(member).toMatchObject({ userId: null, displayName: sam.member.displayName });
    expect(member.archivedAt).not.toBeNull();
    // Sam's account lives on, in no family; Alex is untouched.
    expect(await db.user.count({ where: { id: sam.user.id } })).toBe(1);
    signedInAs(alex.user.id, alex.user.sessionVersion);
    expect(await getSession()).toMatchObject({ familyId, memberId: alex.member.id });
    // Only a removed (archived) parent may be without a login: the database says so too.
    await expect(
      db.familyMember.update({ where: { id: alex.member.id }, data: { userId: null } }),
    ).rejects.toThrow();
  });

  it("never removes the last parent, even when two remove each other at once", async () => {
    const { familyId, alex, sam } = await twoParents();
    const outcomes = await Promise.allSettled([
      removeParent(familyId, alex.member.id, sam.member.id),
      removeParent(familyId, sam.member.id, alex.member.id),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const left = await db.familyMember.count({
      where: { familyId, role: "PARENT", archivedAt: null },
    });
    expect(left).toBe(1);
  });

  it("refuses removing yourself, and a kid or a stranger is not a parent to remove", async () => {
    const { familyId, alex } = await twoParents();
    signedInAs(alex.user.id, alex.user.sessionVersion);
    expect(await callAction(families.removeParentAction, { memberId: alex.member.id })).toEqual({
      ok: false,
      message: "You cannot remove yourself. Another parent of the family can.",
      fieldErrors: undefined,
      values: { memberId: alex.member.id },
    });
    const other = await createParent(db, (await createFamily(db)).id);
    expect(
      await callAction(families.removeParentAction, { memberId: other.member.id }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect(
      await db.familyMember.count({ where: { familyId, role: "PARENT", archivedAt: null } }),
    ).toBe(2);
  });
});

describe("invitations", () => {
  it("show the inviter who used each link, by name and email", async () => {
    const family = await createFamily(db);
    const alex = await createParent(db, family.id);
    const invite = await createInvite(family.id, alex.member.id);
    const stranger = await db.user.create({
      data: {
        name: "Forwarded To",
        email: `forwarded-${invite.id}@example.test`,
        passwordHash: "x",
      },
    });
    await acceptInvite(invite.token, stranger);
    const [listed] = await listInvites(family.id);
    expect(listed).toMatchObject({
      id: invite.id,
      acceptedBy: { name: "Forwarded To", email: stranger.email },
      acceptedAt: expect.any(Date),
    });
  });
});
