// Test fixtures: a database client for seeding (the same fresh database the app server uses) and
// helpers that act like a person in the browser.
import { test as base, expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createDbClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createFamily, createKid, createParent, TEST_PASSWORD } from "@/lib/testing/factories";

export { expect, TEST_PASSWORD };

export const uniqueEmail = (label = "parent") =>
  `${label}-${randomUUID().slice(0, 8)}@example.test`;

type Fixtures = { db: PrismaClient };

export const test = base.extend<object, Fixtures>({
  db: [
    async ({}, use) => {
      const db = createDbClient({ url: process.env.DATABASE_URL!, poolSize: 2 });
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
});

/** A family with one parent (and optionally kids), ready to sign in. */
export async function seedParent(db: PrismaClient, options: { kids?: string[] } = {}) {
  const family = await createFamily(db);
  const { user } = await createParent(db, family.id, { email: uniqueEmail() });
  for (const name of options.kids ?? []) await createKid(db, family.id, { displayName: name });
  return { family, user, email: user.email, password: TEST_PASSWORD };
}

/** Fills the sign-in form and submits it; the answer is left to the test. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits until the parent home is shown. */
export async function signIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await expect(page.getByRole("heading", { name: /^Hello/ })).toBeVisible();
}

/** The form's own message (Next adds a route announcer with role=alert outside <main>). */
export const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

/** Saves a screenshot under test-results/screens for a person to look at. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * Starts timing the next tap: from the pointer going down to the first item shown as pressed.
 * Call before the tap; the returned function answers the delay in ms after it.
 */
export async function timeTapToShown(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { tapAt: number; shownAt: number };
    w.shownAt = 0;
    document.addEventListener("pointerdown", () => (w.tapAt = performance.now()), {
      capture: true,
      once: true,
    });
    new MutationObserver(() => {
      if (!w.shownAt && document.querySelector('[aria-pressed="true"]'))
        w.shownAt = performance.now();
    }).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ["aria-pressed"],
    });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { tapAt: number; shownAt: number };
      return w.shownAt - w.tapAt;
    });
}
