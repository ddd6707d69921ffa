// Server actions answer in the page's language (issue 18): the browser's, or the parent's own
// choice, which wins. Names people typed are never looked up, and the API stays English.
import { afterAll, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import { createFamily, createParent } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { setTestHeaders, signedInAs } from "@/lib/testing/session-mock";
import { messageKey } from "@/lib/i18n/server-catalogue";
import de from "@/messages/de/server.json";
import fr from "@/messages/fr/server.json";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { correctCheckAction } = await import("@/lib/checks/actions");
const db = testDb();
afterAll(() => db.$disconnect());

const CHECK = "Please check the highlighted fields.";
const PICK_A_DAY = "Pick a day.";
const said = (catalogue: Record<string, string>, english: string) => catalogue[messageKey(english)];

describe("server actions' words", () => {
  it("come in the browser's language, or in the parent's own choice", async () => {
    const family = await createFamily(db);
    const { user } = await createParent(db, family.id);
    signedInAs(user.id, 0);
    const badDay = {
      kidId: crypto.randomUUID(),
      itemId: crypto.randomUUID(),
      date: "someday",
      checked: "true",
    };

    setTestHeaders({ "accept-language": "en-US,en;q=0.9" });
    expect(await callAction(correctCheckAction, badDay)).toMatchObject({
      ok: false,
      message: CHECK,
      fieldErrors: { date: [PICK_A_DAY] },
    });

    setTestHeaders({ "accept-language": "de-DE,de;q=0.9" });
    const german = await callAction(correctCheckAction, badDay);
    expect(german.message).not.toBe(CHECK);
    expect(german).toMatchObject({
      message: said(de, CHECK),
      fieldErrors: { date: [said(de, PICK_A_DAY)] },
    });

    // The parent chose French: that wins over the browser.
    await db.user.update({ where: { id: user.id }, data: { locale: "fr" } });
    expect(await callAction(correctCheckAction, badDay)).toMatchObject({
      message: said(fr, CHECK),
      fieldErrors: { date: [said(fr, PICK_A_DAY)] },
    });
    setTestHeaders({});
  });
});
