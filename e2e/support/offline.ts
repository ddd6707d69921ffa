// What the browser tests of the tablet without a network share (e2e/offline*.spec.ts): Leo's
// family with its tablet, the service worker in control, and the network cut and given back.
import type { BrowserContext, Page } from "@playwright/test";
import { becomeTablet, expect, seedParent } from "./fixtures";
import { zoneAtMidday } from "@/lib/testing/dates";
import { createHabit, createKid, createRoutine } from "@/lib/testing/factories";

export const LABELS = ["Curtains", "Bed", "Socks", "Shirt", "Teeth", "Hair"];

export async function tabletWithLeo(page: Page, db: Db) {
  const seeded = await seedParent(db);
  // Where it is midday now: no test here can see the family's day end under it by chance.
  await db.family.update({ where: { id: seeded.family.id }, data: { timeZone: zoneAtMidday() } });
  const leo = await createKid(db, seeded.family.id, { displayName: "Leo" });
  await createRoutine(db, seeded.family.id, {
    name: "Morning",
    kidIds: [leo.id],
    cards: [LABELS.slice(0, 3), LABELS.slice(3)],
  });
  const habit = await createHabit(db, seeded.family.id, leo.id);
  await openLeo(page, db, seeded, "Kitchen tablet");
  return { seeded, leo, habit };
}

export type Db = Parameters<typeof seedParent>[0];
export type Seeded = Awaited<ReturnType<typeof seedParent>>;

/**
 * This browser is a tablet of the family (enabled as the Family page would; tablet.spec.ts goes
 * through that page) and Leo opens his day on it.
 */
export async function openLeo(page: Page, db: Db, seeded: Seeded, name: string) {
  await becomeTablet(page.context(), db, seeded, name);
  await page.goto("/tablet");
  await page.getByRole("link", { name: /Leo/ }).click();
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
}

/**
 * Until the service worker is installed and active (its precache done) and controls the page,
 * so the next visit is kept for offline use. A worker that became active while the page was being
 * replaced can miss claiming it: each poll loads the page again until it is controlled.
 * (page.evaluate, not waitForFunction: the page's CSP allows no eval.)
 */
export async function underServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.evaluate(() => navigator.serviceWorker.controller !== null);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await page.reload();
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
}

/**
 * No network, for the page and for its service worker: Chromium's offline emulation does not
 * reach a service worker's own fetches, so every request of the context is also cut here.
 */
export async function goOffline(context: BrowserContext) {
  await context.route("**/*", (route) => route.abort("internetdisconnected"));
  await context.setOffline(true);
}

export async function goOnline(context: BrowserContext) {
  await context.unrouteAll({ behavior: "ignoreErrors" });
  await context.setOffline(false);
}
