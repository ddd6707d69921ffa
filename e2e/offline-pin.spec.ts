// A kid with a PIN on the tablet without a network (issue 15): the tablet checks her PIN itself,
// her taps count once the network is back, and wrong guesses give her a break offline too.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { becomeTablet, expect, item, screenshot, seedParent, test } from "./support/fixtures";
import { goOffline, goOnline, type Db } from "./support/offline";
import { hashPassword } from "@/lib/auth/password";
import { createKid, createRoutine } from "@/lib/testing/factories";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

/** Mia, with the PIN 2468 and a Morning of two items, and this browser on the tablet's faces. */
async function tabletWithMia(page: Page, db: Db) {
  const seeded = await seedParent(db);
  const mia = await createKid(db, seeded.family.id, {
    displayName: "Mia",
    pinHash: await hashPassword("2468"),
  });
  await createRoutine(db, seeded.family.id, {
    name: "Morning",
    kidIds: [mia.id],
    cards: [["Teeth", "Hair"]],
  });
  await becomeTablet(page.context(), db, seeded, "Kitchen tablet");
  await page.goto("/tablet");
  return mia;
}

async function enterPin(page: Page, pin: string) {
  for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).click();
}

test("a kid with a PIN opens her day without a network: the tablet checks her PIN, and her taps count when it is back", async ({
  page,
  context,
  db,
}) => {
  const mia = await tabletWithMia(page, db);
  const enter = (pin: string) => enterPin(page, pin);

  // Online, once: her PIN is checked by the server; the tablet keeps a verifier and her day.
  await page.getByRole("link", { name: /Mia/ }).click();
  await enter("2468");
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  const kept = () =>
    page.evaluate(async (url) => {
      const copy = await caches.match(url, { ignoreVary: true });
      const text = copy ? await copy.text() : "";
      return text.includes("Morning") && !text.includes("data-tablet-pin-pad");
    }, `/tablet/kid/${mia.id}`);
  await expect.poll(kept).toBe(true);
  const stored = await page.evaluate(
    (id) => localStorage.getItem(`family-tablet:pin:${id}`),
    mia.id,
  );
  expect(stored).not.toContain("2468");
  expect(stored).not.toContain("argon2");
  await page.getByRole("link", { name: "Back to all faces" }).click();
  await expect(page.getByRole("heading", { name: "Who are you?" })).toBeVisible();

  // Offline: her face opens the kept day behind the PIN pad; the faces' refresh did not replace it.
  await goOffline(context);
  expect(await kept()).toBe(true);
  await page.getByRole("link", { name: /Mia/ }).click();
  await expect(page.getByRole("button", { name: "1", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Morning" })).toHaveCount(0);
  await enter("1357");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Try again");
  await enter("2468");
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  await item(page, "Teeth").click();
  await expect(item(page, "Teeth")).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await screenshot(page, "tablet-offline-pin-kid");

  await goOnline(context);
  await expect.poll(() => db.itemCheck.count({ where: { memberId: mia.id } })).toBe(1);
  expect(await db.tabletRefusal.count({ where: { kidId: mia.id } })).toBe(0);
});

test("without a network, five wrong PINs give a PIN kid a break on the tablet too", async ({
  page,
  context,
  db,
}) => {
  const mia = await tabletWithMia(page, db);
  const enter = (pin: string) => enterPin(page, pin);
  // A PIN never accepted on this tablet cannot be checked without the server: it says so calmly.
  const keptAny = () =>
    page.evaluate(
      async (url) => Boolean(await caches.match(url, { ignoreVary: true })),
      `/tablet/kid/${mia.id}`,
    );
  await expect.poll(keptAny).toBe(true); // the faces page asked the worker to keep her page
  await goOffline(context);
  await page.getByRole("link", { name: /Mia/ }).click();
  await enter("2468");
  await expect(page.getByText("The tablet needs the internet to check your PIN")).toBeVisible();
  await expectAccessible(page);
  await goOnline(context);

  await page.goto(`/tablet/kid/${mia.id}`);
  await enter("2468");
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  await page.getByRole("link", { name: "Back to all faces" }).click();
  await goOffline(context);
  await page.getByRole("link", { name: /Mia/ }).click();
  for (let i = 0; i < 5; i++) await enter("0000");
  await expect(page.getByText("Let’s take a little break.")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "tablet-offline-pin-break");
  // Even the right PIN waits for the break to end.
  await page.reload();
  await enter("2468");
  await expect(page.getByText("Let’s take a little break.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Morning" })).toHaveCount(0);
});
