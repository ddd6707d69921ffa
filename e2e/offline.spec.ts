// The tablet without a network (issue 15): taps show at once, wait on the device, and are stored
// once each when the network is back, whatever the retries. Its day as an app and its PIN kids
// offline are in offline-day.spec.ts and offline-pin.spec.ts.
import { expectAccessible } from "./support/axe";
import { expect, item, screenshot, signInQuickly, test, watchNextTap } from "./support/fixtures";
import {
  goOffline,
  goOnline,
  LABELS,
  openLeo,
  tabletWithLeo,
  underServiceWorker,
} from "./support/offline";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

test("offline: five checks, an undo and a habit log wait on the tablet and are stored once each when the network is back", async ({
  page,
  context,
  db,
}) => {
  const { leo, habit } = await tabletWithLeo(page, db);
  await goOffline(context);

  // Tap → shown checked, with no network at all (the queue writes to IndexedDB first).
  const tapped = await watchNextTap(page);
  for (const label of LABELS.slice(0, 5)) await item(page, label).click();
  const { ms, pressedBeforeNextTask } = await tapped();
  console.log(`[measure] offline tap → shown as checked: ${ms.toFixed(1)} ms`);
  expect(pressedBeforeNextTask).toBe(true);
  await page.getByRole("button", { name: "Undo the last tap" }).click();
  await page.getByRole("button", { name: habit.name, exact: true }).click();

  for (const label of LABELS.slice(0, 4))
    await expect(item(page, label)).toHaveAttribute("aria-pressed", "true");
  await expect(item(page, LABELS[4]!)).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("button", { name: habit.name, exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("status", { name: /Saved on this tablet/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "tablet-offline-portrait");
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(0);

  await goOnline(context);
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
  await goOffline(context);
  for (const label of LABELS) await item(page, label).click();
  // The network comes back and the sync starts; the page reloads at once, so the sync's answer
  // may be lost on the way: the reloaded page sends what it still holds, and nothing twice.
  await goOnline(context);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.reload();
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(6);
  await expect(page.getByText("All done!")).toHaveCount(0);
  for (const label of LABELS)
    await expect(item(page, label)).toHaveAttribute("aria-pressed", "true");
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(6);
  expect(await db.routineCompletion.count({ where: { memberId: leo.id } })).toBe(1);
});

test("a reload without a network shows the kid's day from the service worker, with the taps still waiting", async ({
  page,
  context,
  db,
}) => {
  const { leo } = await tabletWithLeo(page, db);
  await underServiceWorker(page);

  await goOffline(context);
  await item(page, LABELS[0]!).click();
  await item(page, LABELS[1]!).click();
  await page.reload();
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  await expect(item(page, LABELS[0]!)).toHaveAttribute("aria-pressed", "true");
  await expect(item(page, LABELS[1]!)).toHaveAttribute("aria-pressed", "true");
  await expect(item(page, LABELS[2]!)).toHaveAttribute("aria-pressed", "false");
  // The faces page was kept ready too.
  await page.goto("/tablet");
  await expect(page.getByRole("heading", { name: "Who are you?" })).toBeVisible();
  await screenshot(page, "tablet-offline-faces");
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(0);

  await goOnline(context);
  await page.goto(`/tablet/kid/${leo.id}`);
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(2);
});

test("a tablet works through a 10-minute network loss: every tap kept, each stored once", async ({
  page,
  context,
  db,
}) => {
  // The tablet's clock starts 10 minutes back, so its taps are not ahead of the server's.
  await page.clock.install({ time: new Date(Date.now() - 10 * 60_000) });
  const { leo } = await tabletWithLeo(page, db);
  await goOffline(context);
  // A tap every 100 s for 10 minutes; meanwhile the tablet keeps trying (and failing) to send.
  for (const label of LABELS) {
    await item(page, label).click();
    await page.clock.fastForward("01:40");
  }
  for (const label of LABELS)
    await expect(item(page, label)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status", { name: /Saved on this tablet/ })).toBeVisible();
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(0);

  await goOnline(context);
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(6);
  await expect(page.getByRole("status", { name: /Saved on this tablet/ })).toHaveCount(0);
  expect(await db.routineCompletion.count({ where: { memberId: leo.id } })).toBe(1);
});

test("a tablet removed while its taps waited: they are not counted, and parents see them listed", async ({
  page,
  context,
  browser,
  db,
}) => {
  // Two browsers, a parent's sign-in and a wait for the tablet's setup page: on a loaded CI leg
  // (beside the smoke test) this took the whole default 30 s once, failing at its last click.
  test.setTimeout(60_000);
  const { seeded, leo } = await tabletWithLeo(page, db);
  // Offline, a page refresh that cannot reach the server becomes a browser navigation (Next.js's
  // fallback): the service worker must be there to answer it with the kept day. Twice in CI the
  // refresh after the first answer came late, and without it the tablet showed Chrome's offline
  // page.
  await underServiceWorker(page);
  await item(page, "Curtains").click();
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(1);
  // The answer is in (the page asks for itself again only after a pause, and not offline).
  await page.waitForLoadState("networkidle");
  await goOffline(context);
  await item(page, "Bed").click();
  await expect(page.getByRole("status", { name: /Saved on this tablet/ })).toBeVisible();

  // Meanwhile a parent signs that tablet out on the Family page.
  const parents = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const parent = await parents.newPage();
  await signInQuickly(parents, seeded);
  await parent.goto("/family");
  await parent.getByRole("button", { name: "Sign out Kitchen tablet" }).click();
  await parent.getByRole("alertdialog").getByRole("button", { name: "Sign it out" }).click();
  await expect(parent.getByText("Tablets in use")).toBeVisible();
  await expect
    .poll(
      async () =>
        (await db.tabletDevice.findFirstOrThrow({ where: { familyId: seeded.family.id } }))
          .revokedAt,
    )
    .not.toBeNull();

  await goOnline(context);
  // The tablet sends its taps, hears it was removed, and shows the setup page.
  await expect(page).toHaveURL(/\/tablet\/setup/, { timeout: 15_000 });
  const refusals = () => db.tabletRefusal.count({ where: { kidId: leo.id } });
  await expect.poll(refusals).toBe(1);
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(1);

  await parent.reload();
  const refused = parent.getByRole("heading", { name: "Taps that could not be counted" });
  await expect(refused).toBeVisible();
  await expect(parent.getByText(/A check for Leo on Kitchen tablet/)).toContainText(
    "removed from the family before these taps arrived",
  );
  await refused.scrollIntoViewIfNeeded();
  await screenshot(parent, "family-tablet-refusals-phone");
  await parents.close();
});

test("two tablets offline check the same item: one check", async ({
  page,
  context,
  browser,
  db,
}) => {
  const { seeded, leo } = await tabletWithLeo(page, db);
  const hall = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
  const second = await hall.newPage();
  await openLeo(second, db, seeded, "Hall tablet");
  await goOffline(context);
  await goOffline(hall);
  await item(page, LABELS[0]!).click();
  await item(second, LABELS[0]!).click();
  await goOnline(context);
  await goOnline(hall);
  const synced = () =>
    db.tabletDevice.count({ where: { familyId: seeded.family.id, lastSyncAt: { not: null } } });
  await expect.poll(synced).toBe(2);
  expect(await db.itemCheck.count({ where: { memberId: leo.id } })).toBe(1);
  await hall.close();
});
