// Screenshot comparisons (issue 17): the three screens people look at most, compared with the
// references in e2e/references with a small tolerance. The sweep (screens.spec.ts) catches what
// breaks a layout; these catch what changes it unseen: a colour, a spacing, a lost picture.
// Names are fixed and the family's clock does not show, so the pictures are the same on any day;
// the week chart, whose days move, is masked. After an intended change:
// `npm run test:e2e -- -- e2e/look.spec.ts --update-snapshots`, then look at the new references.
import type { Page } from "@playwright/test";
import { becomeTablet, expect, seedParent, signInQuickly, test } from "./support/fixtures";
import { createRoutine } from "@/lib/testing/factories";
import { localDateAt, toDbDate } from "@/lib/time/rules";

type Db = Parameters<typeof seedParent>[0];

/** One family with the same names every time, and one item of its morning done today. */
async function seedLindqvists(db: Db) {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const family = await db.family.update({
    where: { id: familyId },
    data: { name: "The Lindqvists" },
  });
  await db.user.update({ where: { id: seeded.user.id }, data: { name: "Anna Lindqvist" } });
  await db.familyMember.updateMany({
    where: { familyId, role: "PARENT" },
    data: { displayName: "Anna Lindqvist" },
  });
  const nora = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  await db.familyMember.update({
    where: { id: nora.id },
    data: { avatarEmoji: "🦊", avatarColor: "#f59e0b" },
  });
  // All day long: the routine is the current one at any hour the suite runs.
  const morning = await createRoutine(db, familyId, {
    name: "Morning",
    kidIds: [nora.id],
    startMinute: 0,
    endMinute: 1439,
    cards: [["Make the bed", "Open the curtains"], ["Brush teeth"]],
  });
  await db.itemCheck.create({
    data: {
      familyId,
      memberId: nora.id,
      itemId: morning.items[0]!.id,
      versionId: morning.version.id,
      localDate: toDbDate(localDateAt(new Date(), family.timeZone, family.dayStartMinute)),
    },
  });
  return { ...seeded, nora, routine: morning.routine };
}

const settle = async (page: Page) => {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
};

test("the tablet's kid day looks as in its reference", async ({ browser, db }) => {
  const seeded = await seedLindqvists(db);
  const tablet = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
  });
  await becomeTablet(tablet, db, seeded, "Kitchen");
  const page = await tablet.newPage();
  await page.goto(`/tablet/kid/${seeded.nora.id}`);
  await expect(page.getByRole("button", { name: "Brush teeth", exact: true })).toBeVisible();
  await settle(page);
  await expect(page).toHaveScreenshot("tablet-kid-day.png");
  await tablet.close();
});

test("the dashboard looks as in its reference", async ({ page, db }) => {
  const seeded = await seedLindqvists(db);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInQuickly(page.context(), seeded);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Hello, Anna" })).toBeVisible();
  // The label says the page is live once its stream is open (components/dashboard/live-refresh).
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  await settle(page);
  await expect(page).toHaveScreenshot("dashboard.png", {
    fullPage: true,
    mask: [page.getByRole("img", { name: /last 7 days/ })],
  });
});

test("the routine editor and its preview look as in their reference", async ({ page, db }) => {
  const seeded = await seedLindqvists(db);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInQuickly(page.context(), seeded);
  await page.goto(`/routines/${seeded.routine.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Morning");
  await settle(page);
  await expect(page).toHaveScreenshot("routine-editor.png", { fullPage: true });
});
