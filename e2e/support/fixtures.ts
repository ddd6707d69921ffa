// Test fixtures: a database client for seeding (the same fresh database the app server uses) and
// helpers that act like a person in the browser.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { randomUUID } from "node:crypto";
import { createDbClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  createApiTokenRow,
  createFamily,
  createKid,
  createParent,
  createRoutine,
  createTabletRow,
  TEST_PASSWORD,
} from "@/lib/testing/factories";
import { BASE_URL } from "./server";

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

/**
 * A parent, their kid Nora with a two-item Morning routine, and a read-write API token: a family
 * whose changes a script can make through the API while the parent's dashboard is open.
 */
export async function seedMorningWithToken(db: PrismaClient) {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const kid = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  const parent = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "PARENT" } });
  const { items } = await createRoutine(db, familyId, {
    name: "Morning",
    kidIds: [kid.id],
    cards: [["Make the bed"], ["Brush teeth"]],
  });
  const { token } = await createApiTokenRow(db, familyId, parent.id, "READ_WRITE");
  return { seeded, kid, items, token };
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

// The names the app's cookies have over plain http (the test server): next-auth's session cookie
// and the tablet's device cookie (lib/tablet/session.ts).
const SESSION_COOKIE = "authjs.session-token";
const TABLET_COOKIE = "family-tablet";

type Seeded = { user: { id: string; name: string; email: string; sessionVersion: number } };

/**
 * A signed-in parent without the sign-in form: the session cookie the sign-in would set, sealed
 * with the server's secret. For tests whose subject is not signing in (accounts.spec.ts and
 * security.spec.ts go through the form); it saves a page load and a password hash per test.
 */
export async function signInQuickly(context: BrowserContext, seeded: Seeded) {
  const { id, name, email, sessionVersion } = seeded.user;
  const value = await encode({
    token: { sub: id, name, email, sv: sessionVersion },
    secret: process.env.AUTH_SECRET!,
    salt: SESSION_COOKIE,
  });
  await context.addCookies([{ name: SESSION_COOKIE, value, url: BASE_URL, httpOnly: true }]);
}

/**
 * This browser context as the family's tablet, without a parent enabling it on the Family page
 * (tablet.spec.ts does that through the page once): a tablet row and its device cookie.
 */
export async function becomeTablet(
  context: BrowserContext,
  db: PrismaClient,
  seeded: Seeded & { family: { id: string } },
  name?: string,
) {
  const member = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, userId: seeded.user.id },
    select: { id: true },
  });
  const tablet = await createTabletRow(db, seeded.family.id, member.id, name);
  await context.addCookies([
    { name: TABLET_COOKIE, value: tablet.token, url: BASE_URL, httpOnly: true },
  ]);
  return tablet;
}

/** A checklist item on a kid's day on the tablet: a toggle button named by its label. */
export const item = (page: Page, label: string) =>
  page.getByRole("button", { name: label, exact: true });

/** The form's own message (Next adds a route announcer with role=alert outside <main>). */
export const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

/**
 * Saves a screenshot under test-results/screens for a person to look at: the whole page, or only
 * what fits the window (`fullPage: false`) where the page is very long (the API docs are 55,000 px
 * tall: a 7 MB image that took seconds to make and nobody reads to the end).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  // Animations finished: what a person sees once the screen has settled.
  await page.screenshot({
    path: `test-results/screens/${name}.png`,
    fullPage,
    animations: "disabled",
  });
}

/**
 * Watches the next tap: how long from the pointer going down to the first item shown as pressed
 * (the figure, in ms), and whether the tapped button was shown pressed before the browser ran
 * anything else after the click (the rule). The rule holds on a machine of any speed: the check is
 * drawn in the same turn as the tap, so a wait on the network, on IndexedDB or on a timer breaks
 * it. A bound in ms would not: a busy CI machine stalled the first tap for 52 ms with nothing
 * wrong. Call before the tap; the returned function answers after it.
 */
export async function watchNextTap(
  page: Page,
): Promise<() => Promise<{ ms: number; pressedBeforeNextTask: boolean }>> {
  await page.evaluate(() => {
    const w = window as unknown as { tapAt: number; shownAt: number; nextTask: boolean | null };
    w.shownAt = 0;
    w.nextTask = null;
    document.addEventListener("pointerdown", () => (w.tapAt = performance.now()), {
      capture: true,
      once: true,
    });
    // Runs first, before the app's own listener; the timer's task comes after the click and the
    // microtasks in which React draws a discrete update.
    document.addEventListener(
      "click",
      (event) => {
        const button = (event.target as Element).closest("[aria-pressed]");
        setTimeout(() => (w.nextTask = button?.getAttribute("aria-pressed") === "true"), 0);
      },
      { capture: true, once: true },
    );
    new MutationObserver(() => {
      if (!w.shownAt && document.querySelector('[aria-pressed="true"]'))
        w.shownAt = performance.now();
    }).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ["aria-pressed"],
    });
  });
  return async () => {
    await page.waitForFunction(
      () => (window as unknown as { nextTask: unknown }).nextTask !== null,
    );
    return page.evaluate(() => {
      const w = window as unknown as { tapAt: number; shownAt: number; nextTask: boolean };
      return { ms: w.shownAt - w.tapAt, pressedBeforeNextTask: w.nextTask };
    });
  };
}

/**
 * Milliseconds from `since` until the element labelled `label` contains `text`. Looked for on
 * every frame: expect()'s retries (100, 250, 500, 1000 ms apart) would add their own wait to the
 * figure.
 */
export async function msUntilText(page: Page, label: string, text: string, since: number) {
  await page.waitForFunction(
    ([label, text]) =>
      document.querySelector(`[aria-label="${CSS.escape(label)}"]`)?.textContent?.includes(text),
    [label, text] as const,
    { polling: "raf", timeout: 5_000 },
  );
  return Date.now() - since;
}

/** Sets a time of day (components/ui/time-field.tsx) by its label, e.g. ("From", "07:00"). */
export async function setTime(page: Page, label: string, value: string) {
  const [hour, minute] = value.split(":");
  await page.getByLabel(`${label}: hour`).selectOption(hour!);
  await page.getByLabel(`${label}: minutes`).selectOption(minute!);
}
