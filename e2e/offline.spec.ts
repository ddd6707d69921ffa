// The tablet without a network (issue 15): taps show at once, wait on the device, and are stored
// once each when the network is back, whatever the retries.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, screenshot, seedParent, signIn, test } from "./support/fixtures";
import { createHabit, createKid, createRoutine } from "@/lib/testing/factories";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

const LABELS = ["Curtains", "Bed", "Socks", "Shirt", "Teeth", "Hair"];

async function tabletWithLeo(page: Page, db: Parameters<typeof seedParent>[0]) {
  const seeded = await seedParent(db);
  const leo = await createKid(db, seeded.family.id, { displayName: "Leo" });
  await createRoutine(db, seeded.family.id, {
    name: "Morning",
    kidIds: [leo.id],
    cards: [LABELS.slice(0, 3), LABELS.slice(3)],
  });
  const habit = await createHabit(db, seeded.family.id, leo.id);
  await signIn(page, seeded.email, seeded.password);
  await page.goto("/family");
  await page.getByLabel("Tablet name").fill("Kitchen tablet");
  await page.getByRole("button", { name: "Use this device as the family tablet" }).click();
  await page.getByRole("link", { name: /Leo/ }).click();
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  return { leo, habit };
}

const item = (page: Page, label: string) => page.getByRole("button", { name: label });

test("offline: five checks, an undo and a habit log wait on the tablet and are stored once each when the network is back", async ({
  page,
  context,
  db,
}) => {
  const { leo, habit } = await tabletWithLeo(page, db);
  await context.setOffline(true);

  for (const label of LABELS.slice(0, 5)) await item(page, label).click();
  await page.getByRole("button", { name: "Undo the last check" }).click();
  await page.getByRole("button", { name: habit.name }).click();

  for (const label of LABELS.slice(0, 4))
    await expect(item(page, label)).toHaveAttribute("aria-pressed", "true");
  await expect(item(page, LABELS[4]!)).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("button", { name: habit.name })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("status", { name: /Saved on this tablet/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "tablet-offline-portrait");
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(0);

  await context.setOffline(false);
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(4);
  await expect.poll(() => db.habitLog.count({ where: { habitId: habit.id } })).toBe(1);
  await expect(page.getByRole("status", { name: /Saved on this tablet/ })).toHaveCount(0);

  // The server's day, after a reload, is what the kid saw.
  await page.reload();
  for (const label of LABELS.slice(0, 4))
    await expect(item(page, label)).toHaveAttribute("aria-pressed", "true");
  await expect(item(page, LABELS[4]!)).toHaveAttribute("aria-pressed", "false");
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(4);
});

test("a reload in the middle of a sync sends nothing twice", async ({ page, context, db }) => {
  const { leo } = await tabletWithLeo(page, db);
  await context.setOffline(true);
  for (const label of LABELS) await item(page, label).click();
  // The first sync is held on its way to the server; the page reloads meanwhile.
  let held = true;
  await page.route("**/tablet/sync", async (route) => {
    if (held) {
      held = false;
      await route.continue(); // reaches the server; its answer is lost in the reload
      return;
    }
    await route.continue();
  });
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.reload();
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(6);
  await expect(page.getByText("All done!")).toHaveCount(0);
  for (const label of LABELS)
    await expect(item(page, label)).toHaveAttribute("aria-pressed", "true");
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(6);
  expect(await db.routineCompletion.count({ where: { memberId: leo.id } })).toBe(1);
});
