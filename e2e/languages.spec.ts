// Every family in its own language (issue 18), on the tablet first: a parent picks a kid's
// language, and the kid's day speaks it, in words, in direction and aloud; the faces follow the
// tablet's browser. What parents wrote (routine and item names) is never translated.
import type { Page } from "@playwright/test";
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
  await expect(kid.getByRole("button", { name: "تراجع عن آخر علامة" })).toBeVisible();
  // The parent's words stay as written.
  await expect(kid.getByRole("button", { name: "Make the bed", exact: true })).toBeVisible();
  // Right to left: the way home is on the right, the undo on the left.
  const home = await kid.getByRole("link", { name: "العودة إلى كل الوجوه" }).boundingBox();
  const undo = await kid.getByRole("button", { name: "تراجع عن آخر علامة" }).boundingBox();
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
