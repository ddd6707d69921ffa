// Server actions answer in the page's language (issue 18): the browser's, or the parent's own
// choice, which wins. Names people typed are never looked up, and the API stays English.
import { afterAll, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import { createFamily, createKid, createParent, createRoutine } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { setTestHeaders, signedInAs } from "@/lib/testing/session-mock";
import { messageKey } from "@/lib/i18n/server-catalogue";
import { formatDay } from "@/lib/time/format";
import { addDays, isoWeekday, localDateAt } from "@/lib/time/rules";
import de from "@/messages/de/server.json";
import fr from "@/messages/fr/server.json";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { correctCheckAction } = await import("@/lib/checks/actions");
const { createRewardAction } = await import("@/lib/points/actions");
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

  it("carry names and days: the name as typed, the day in the reader's words", async () => {
    const family = await createFamily(db);
    const { user } = await createParent(db, family.id);
    const kid = await createKid(db, family.id);
    const { routine, items } = await createRoutine(db, family.id, {
      kidIds: [kid.id],
      cards: [["Teeth"]],
    });
    const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
    // On today's weekday only, so three days back is a day off.
    await db.routine.update({ where: { id: routine.id }, data: { weekdays: [isoWeekday(today)] } });
    const dayOff = addDays(today, -3);
    const tick = { kidId: kid.id, itemId: items[0]!.id, date: dayOff, checked: "true" };
    signedInAs(user.id, 0);

    setTestHeaders({ "accept-language": "en" });
    expect((await callAction(correctCheckAction, tick)).message).toBe(
      `“${routine.name}” is not planned on ${formatDay(dayOff, "weekdayLong")}, so nothing of it can be checked on ${formatDay(dayOff, "long")}.`,
    );

    setTestHeaders({ "accept-language": "de" });
    const german = (await callAction(correctCheckAction, tick)).message!;
    expect(german).toBe(
      `„${routine.name}“ ist für ${formatDay(dayOff, "weekdayLong", "de")} nicht geplant, daher lässt sich am ${formatDay(dayOff, "long", "de")} nichts davon abhaken.`,
    );
    // A length limit says its number in the reader's words, with the reader's plural.
    expect(
      await callAction(createRewardAction, { name: "x".repeat(61), emoji: "🍦", cost: "5" }),
    ).toMatchObject({ ok: false, fieldErrors: { name: ["Verwende höchstens 60 Zeichen."] } });

    setTestHeaders({ "accept-language": "ar" });
    expect(
      await callAction(createRewardAction, { name: "x".repeat(61), emoji: "🍦", cost: "5" }),
    ).toMatchObject({
      fieldErrors: { name: [`استخدم ${new Intl.NumberFormat("ar").format(60)} حرفًا على الأكثر.`] },
    });
    setTestHeaders({});
  });
});
