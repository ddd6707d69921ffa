// A parent's own UI language (issue 18): saved on their account, "" follows the browser again,
// and only the app's languages are accepted.
import { revalidatePath } from "next/cache";
import { afterAll, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import { createFamily, createParent } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { signedInAs } from "@/lib/testing/session-mock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);
const { changeLocaleAction } = await import("@/lib/auth/actions");
const { getSession } = await import("@/lib/auth/session");

const db = testDb();
afterAll(() => db.$disconnect());

const localeOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;

describe("changeLocaleAction", () => {
  it("saves a language, then follows the browser again, and redraws the whole app", async () => {
    const family = await createFamily(db);
    const { user } = await createParent(db, family.id);
    signedInAs(user.id, user.sessionVersion);
    expect(await localeOf(user.id)).toBeNull();

    expect(await callAction(changeLocaleAction, { locale: "de" })).toMatchObject({ ok: true });
    expect(await localeOf(user.id)).toBe("de");
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    expect(await getSession()).toMatchObject({ userId: user.id, locale: "de" });

    expect(await callAction(changeLocaleAction, { locale: "" })).toMatchObject({ ok: true });
    expect(await localeOf(user.id)).toBeNull();
  });

  it("refuses a language the app does not speak, with a field error, and keeps the old one", async () => {
    const family = await createFamily(db);
    const { user } = await createParent(db, family.id);
    signedInAs(user.id, user.sessionVersion);
    await callAction(changeLocaleAction, { locale: "fr" });

    const state = await callAction(changeLocaleAction, { locale: "xx" });
    expect(state.ok).toBe(false);
    expect(!state.ok && state.fieldErrors?.locale).toEqual([expect.any(String)]);
    expect(await localeOf(user.id)).toBe("fr");
  });
});
