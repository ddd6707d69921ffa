// Every family in its own language (issue 18), on the tablet first: a parent picks a kid's
// language, and the kid's day speaks it, in words, in direction and aloud; the faces follow the
// tablet's browser. What parents wrote (routine and item names) is never translated.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { expectAccessible } from "./support/axe";
import {
  becomeTablet,
  expect,
  screenshot,
  seedParent,
  signInQuickly,
  test,
} from "./support/fixtures";
import { createRoutine } from "@/lib/testing/factories";

type Db = Parameters<typeof seedParent>[0];

const arRoutines = JSON.parse(
  readFileSync(new URL("../messages/ar/routines.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

async function seedNora(db: Db) {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const nora = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  await createRoutine(db, familyId, {
    name: "Morning",
    kidIds: [nora.id],
    startMinute: 0,
    endMinute: 1439,
    cards: [["Make the bed", "Open the curtains"], ["Brush teeth"]],
  });
  await db.reward.create({ data: { familyId, name: "Ice cream", emoji: "🍦", cost: 3 } });
  return { ...seeded, nora };
}

/** The page scrolls sideways by this many pixels (0 when it fits). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("a parent sets a kid's tablet language to Arabic: words, direction and voice follow", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedNora(db);
  await signInQuickly(page.context(), seeded);
  await page.goto("/family");
  const panel = page.locator("details").filter({ hasText: "Tablet: language, pictures" });
  await panel.getByText("Tablet: language, pictures, words and size").click();
  await panel.getByLabel("Nora’s language on the tablet").selectOption("ar");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByText("The tablet shows it the next time")).toBeVisible();
  await expect
    .poll(
      async () =>
        (await db.familyMember.findUniqueOrThrow({ where: { id: seeded.nora.id } })).language,
    )
    .toBe("ar");

  const tablet = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
  });
  await becomeTablet(tablet, db, seeded, "Kitchen");
  const kid = await tablet.newPage();
  await kid.addInitScript(() => {
    const w = window as unknown as { spoken: { text: string; lang: string }[] };
    w.spoken = [];
    window.speechSynthesis.speak = (u) => void w.spoken.push({ text: u.text, lang: u.lang });
  });
  await kid.goto(`/tablet/kid/${seeded.nora.id}`);
  const day = kid.locator("[data-kid-language]");
  await expect(day).toHaveAttribute("lang", "ar");
  await expect(day).toHaveAttribute("dir", "rtl");
  await expect(kid.getByRole("button", { name: "تراجع عن آخر نقرة" })).toBeVisible();
  // The parent's words stay as written.
  await expect(kid.getByRole("button", { name: "Make the bed", exact: true })).toBeVisible();
  // Right to left: the way home is on the right, the undo on the left.
  const home = await kid.getByRole("link", { name: "العودة إلى كل الوجوه" }).boundingBox();
  const undo = await kid.getByRole("button", { name: "تراجع عن آخر نقرة" }).boundingBox();
  expect(home!.x).toBeGreaterThan(undo!.x);
  await kid.getByRole("button", { name: "اقرأ بصوت عالٍ: Card 1" }).click();
  await expect
    .poll(() => kid.evaluate(() => (window as unknown as { spoken: { lang: string }[] }).spoken))
    .toEqual([{ text: "Card 1: Make the bed, Open the curtains.", lang: "ar" }]);
  await expectAccessible(kid);
  await screenshot(kid, "tablet-kid-arabic");

  await kid.getByRole("link", { name: /المكافآت/ }).click();
  await expect(kid.getByRole("button", { name: "اطلب Ice cream" })).toBeVisible();
  await expectAccessible(kid);
  await screenshot(kid, "tablet-rewards-arabic");
  await tablet.close();
});

test("the faces follow the tablet browser's language; a German kid's day fits a phone", async ({
  browser,
  db,
}) => {
  const seeded = await seedNora(db);
  await db.familyMember.update({ where: { id: seeded.nora.id }, data: { language: "de" } });
  const tablet = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    locale: "es-ES",
  });
  await becomeTablet(tablet, db, seeded, "Kitchen");
  const page = await tablet.newPage();
  await page.goto("/tablet");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "¿Quién eres?" })).toBeVisible();
  await page.getByRole("link", { name: /Nora/ }).click();
  await expect(page.locator("[data-kid-language]")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("link", { name: "0 Sterne. Belohnungen" })).toBeVisible();
  await page.getByRole("button", { name: "Eine Karte nach der anderen: Morning" }).click();
  await expect(page.getByRole("dialog", { name: "Morning, Schritt 1 von 2" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Weiter/ })).toBeVisible();
  expect(await sideways(page)).toBe(0);
  await expectAccessible(page);
  await screenshot(page, "tablet-board-german-390");
  await tablet.close();
});

test("a parent picks German for herself; the family's week starts on Sunday and times read on 12 hours", async ({
  page,
  db,
}) => {
  const seeded = await seedNora(db);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInQuickly(page.context(), seeded);
  await page.goto("/account");
  await page.getByLabel("The app’s language for you").selectOption("de");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Hallo, /);
  expect(await sideways(page)).toBe(0);
  await expectAccessible(page);

  // In German now: the Family page's calendar settings.
  await page.goto("/family");
  await page.getByLabel("Erster Tag der Woche").selectOption("7");
  await page.getByLabel("Uhrzeiten").selectOption("H12");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect
    .poll(async () => db.family.findUniqueOrThrow({ where: { id: seeded.family.id } }))
    .toMatchObject({ weekStart: 7, clock: "H12" });
  await page.goto("/routines");
  await expect(page.getByText(/12:00\sAM–11:59\sPM/)).toBeVisible();
  expect(await sideways(page)).toBe(0);
  await screenshot(page, "routines-german-390");
});

test("in Arabic, right to left, a parent still reorders cards with the keyboard", async ({
  page,
  db,
}) => {
  const seeded = await seedNora(db);
  await db.user.update({ where: { id: seeded.user.id }, data: { locale: "ar" } });
  const routine = await db.routine.findFirstOrThrow({ where: { familyId: seeded.family.id } });
  const version = await db.routineVersion.findFirstOrThrow({ where: { routineId: routine.id } });
  const cards = await db.routineCard.findMany({
    where: { versionId: version.id },
    orderBy: { position: "asc" },
  });
  for (const [i, card] of cards.entries())
    await db.routineCard.update({
      where: { id: card.id },
      data: { title: ["Wake up", "Teeth"][i] },
    });
  // The messages are read as JSON at run time: their keys are not typed here.
  const t = createTranslator({
    locale: "ar",
    messages: { routines: arRoutines },
    namespace: "routines",
  }) as unknown as (key: string, values?: Record<string, string>) => string;
  await signInQuickly(page.context(), seeded);
  await page.goto(`/routines/${routine.id}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const titles = () =>
    page
      .getByRole("list", { name: t("editor.cardsLabel") })
      .locator(":scope > li input[id$='-title']")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(await titles()).toEqual(["Wake up", "Teeth"]);
  // Times still read hours first, left to right: "07:00", never "00:07".
  const hour = await page.locator("#routine-start").boundingBox();
  const minutes = await page.locator("#routine-start ~ select").boundingBox();
  expect(hour!.x).toBeLessThan(minutes!.x);

  // Each key waits for what a screen reader hears (dnd-kit's live region) to change.
  const heard = page.locator('[id^="DndLiveRegion"]', { hasText: "Teeth" });
  const press = async (key: string) => {
    const before = (await heard.count()) ? await heard.first().textContent() : "";
    await page.keyboard.press(key);
    await expect(
      page.locator('[id^="DndLiveRegion"]', { hasText: "Teeth" }).first(),
    ).not.toHaveText(before ?? "");
  };
  await page.getByRole("button", { name: t("card.move", { name: "Teeth" }) }).focus();
  await press("Space");
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await press("ArrowUp");
  await press("Space");
  await expect.poll(titles).toEqual(["Teeth", "Wake up"]);
  await page.getByRole("button", { name: t("editor.save") }).click();
  await expect(page.getByRole("status").filter({ hasText: t("edit.saved") })).toBeVisible();
  await page.reload();
  expect(await titles()).toEqual(["Teeth", "Wake up"]);
  await screenshot(page, "routine-editor-arabic");
});

test("a page sends the browser the words its client components say, not every namespace", async ({
  request,
}) => {
  const html = await (await request.get("/login")).text();
  // The sign-in form is a client component: its words travel with the page, also those it shows
  // only while it sends.
  expect(html).toContain("Signing in");
  // The landing page's words are drawn on the server, on "/" only, and a parent's pages' words
  // come with their sections (decision 031): until then every page carried every namespace.
  expect(html).not.toContain("Your kids follow them on a shared tablet");
  // The dashboard's live indicator is a client component: its words come with the dashboard only.
  expect(html).not.toContain("The live connection is down");
});
