// Token settings as a parent uses them: create (secret once), validation, revoke (own only).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import { api } from "@/lib/testing/api";
import { seedFamilyGraph, type FamilyGraph } from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";
import { signedInAs } from "@/lib/testing/session-mock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { createApiTokenAction, revokeApiTokenAction } = await import("@/lib/api-tokens/actions");
const { listApiTokens } = await import("@/lib/api-tokens/queries");

const db = testDb();
let family: FamilyGraph;

beforeAll(async () => {
  family = await seedFamilyGraph(db);
  signedInAs(family.parent.user.id, 0);
});
afterAll(() => db.$disconnect());

describe("API token settings", () => {
  it("create a token that works at once and is listed without its secret", async () => {
    const state = await callAction(createApiTokenAction, {
      name: "  Wall display ",
      scope: "READ",
      expiresInDays: "90",
    });
    expect(state).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^frt_/) } });
    const token = state.data!.token!;
    expect((await api("GET", "/api/v1/members", { token })).status).toBe(200);
    const listed = (await listApiTokens(family.familyId)).find((t) => t.name === "Wall display");
    expect(listed).toMatchObject({ scope: "READ", revokedAt: null });
    expect(listed!.expiresAt!.getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
    expect(JSON.stringify(listed)).not.toContain(token.slice(12));
  });

  it("explain what is wrong with the form", async () => {
    const state = await callAction(createApiTokenAction, {
      name: "",
      scope: "ADMIN",
      expiresInDays: "7",
    });
    expect(state.ok).toBe(false);
    expect(Object.keys(!state.ok ? state.fieldErrors! : {}).sort()).toEqual([
      "expiresInDays",
      "name",
      "scope",
    ]);
  });

  it("revoke: the token answers 401 from then on; revoking twice is harmless", async () => {
    const created = await callAction(createApiTokenAction, {
      name: "Old script",
      scope: "READ_WRITE",
      expiresInDays: "never",
    });
    const token = created.data!.token!;
    const tokenId = created.data!.tokenId!;
    expect(await callAction(revokeApiTokenAction, { tokenId })).toMatchObject({ ok: true });
    expect(await callAction(revokeApiTokenAction, { tokenId })).toMatchObject({ ok: true });
    expect((await api("GET", "/api/v1/family", { token })).status).toBe(401);
  });
});
