import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, screenshot, seedParent, setTime, signInQuickly, test } from "./support/fixtures";
import { localDateAt, toDbDate } from "@/lib/time/rules";

const card = (page: Page, position: number) =>
  page.getByRole("listitem", { name: new RegExp(`^Card ${position}:`) });

async function fillCard(page: Page, position: number, title: string, items: string[]) {
  const row = card(page, position);
  await row.getByLabel("Card title").fill(title);
  for (const [index, label] of items.entries()) {
    if (index > 0) await row.getByRole("button", { name: "+ Add item" }).click();
    await row.getByLabel(`Item ${index + 1}`, { exact: true }).fill(label);
  }
}

async function cardTitles(page: Page) {
  return page
    .getByRole("list", { name: "Cards" })
    .locator(":scope > li")
    .evaluateAll((rows) =>
      rows.map((row) => (row.querySelector("input[id$='-title']") as HTMLInputElement).value),
    );
}

test("a parent builds Morning, reorders a card with the keyboard, archives and restores it, and an edit after a check makes version 2", async ({
  page,
  db,
}) => {
  // A long walk through the editor with several full-page screenshots: 23 s on a loaded CI leg
  // (beside the smoke test), so 30 s was too close.
  test.setTimeout(60_000);
  const seeded = await seedParent(db, { kids: ["Mia", "Leo"] });
  const { family } = seeded;
  await signInQuickly(page.context(), seeded);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Routines", exact: true }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "+ New routine" }).click();

  await page.getByLabel("Name").fill("Morning");
  // Mon–Fri and 07:00–08:00 are the defaults, and every kid is assigned: check, don't assume.
  for (const day of ["Mon", "Tue", "Wed", "Thu", "Fri"])
    await expect(page.getByRole("checkbox", { name: day })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Sat" })).not.toBeChecked();
  await setTime(page, "From", "07:00");
  await setTime(page, "Until", "08:00");
  await expect(page.getByRole("checkbox", { name: /Mia/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Leo/ })).toBeChecked();

  await fillCard(page, 1, "Wake up", ["Open the curtains", "Make the bed"]);
  await page.getByRole("button", { name: "+ Add card" }).click();
  await fillCard(page, 2, "Get dressed", ["Clothes on", "Socks on"]);
  await page.getByRole("button", { name: "+ Add card" }).click();
  await fillCard(page, 3, "Brush teeth", ["Brush for two minutes"]);
  await card(page, 3).getByLabel("Timer in seconds (optional)").fill("120");
  // What comes after, for the tablet's Now/Next board.
  await page.getByLabel("Then", { exact: true }).fill("Off to school");
  await screenshot(page, "routine-editor-desktop");
  await page.getByRole("button", { name: "Create routine" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Routine created." })).toBeVisible();
  expect(
    await db.routine.findFirstOrThrow({ where: { familyId: family.id, name: "Morning" } }),
  ).toMatchObject({ thenEmoji: "🧱", thenLabel: "Off to school" });
  await expect(page.getByLabel("Then", { exact: true })).toHaveValue("Off to school");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Morning");
  expect(await cardTitles(page)).toEqual(["Wake up", "Get dressed", "Brush teeth"]);
  await expectAccessible(page);

  // Keyboard reordering: focus the handle, Space, arrow up twice, Space. Each key waits for what
  // a screen reader hears (dnd-kit's live region), not for a fixed time: on a busy machine a key
  // pressed before the last move had landed was lost.
  // (One live region per sortable list: the cards' is the one that speaks of the card.)
  const heard = page.locator('[id^="DndLiveRegion"]', { hasText: "card Brush teeth" });
  await page.getByRole("button", { name: "Move card Brush teeth" }).focus();
  await page.keyboard.press("Space");
  await expect(heard).toContainText("position 3 of 3");
  // dnd-kit listens for the arrows from the render after the pick-up: let two frames pass.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.keyboard.press("ArrowUp");
  await expect(heard).toContainText("is now at position 2 of 3");
  await page.keyboard.press("ArrowUp");
  await expect(heard).toContainText("is now at position 1 of 3");
  await page.keyboard.press("Space");
  await expect(heard).toContainText("Dropped");
  await expect.poll(() => cardTitles(page)).toEqual(["Brush teeth", "Wake up", "Get dressed"]);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  expect(await cardTitles(page)).toEqual(["Brush teeth", "Wake up", "Get dressed"]);

  // Archive: gone from the list, visible under "Show archived", then restored.
  await page.getByRole("button", { name: "Archive" }).click();
  await page
    .getByRole("alertdialog", { name: "Archive “Morning”?" })
    .getByRole("button", { name: "Archive" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(archived)");
  await page.goto("/routines");
  await expect(page.getByRole("link", { name: "Morning" })).toHaveCount(0);
  await page.getByRole("link", { name: "Show archived" }).click();
  await page.getByRole("link", { name: "Morning" }).click();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("(archived)");
  await page.goto("/routines");
  await expect(page.getByRole("link", { name: "Morning" })).toBeVisible();
  await expect(page.getByText("Mon–Fri · 07:00–08:00 · version 1")).toBeVisible();
  await screenshot(page, "routines-list-desktop");

  // A kid checks an item today; the next edit must become version 2.
  const routine = await db.routine.findFirstOrThrow({
    where: { familyId: family.id, name: "Morning" },
    include: { versions: { include: { cards: { include: { items: true } } } } },
  });
  const kid = await db.familyMember.findFirstOrThrow({
    where: { familyId: family.id, displayName: "Mia" },
  });
  const version = routine.versions[0]!;
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  await db.itemCheck.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      itemId: version.cards[0]!.items[0]!.id,
      versionId: version.id,
      localDate: toDbDate(today),
    },
  });

  await page.getByRole("link", { name: "Morning" }).click();
  await card(page, 2).getByLabel("Card title").fill("Rise and shine");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();
  await page.getByRole("link", { name: /Version history/ }).click();
  await expect(page.getByRole("heading", { name: /Version 2/ })).toContainText("current");
  await expect(page.getByText("Renamed card “Wake up” to “Rise and shine”")).toBeVisible();
  await expect(page.getByText(/· 1 check$/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "routine-history-desktop");
  const check = await db.itemCheck.findFirstOrThrow({ where: { memberId: kid.id } });
  expect(check.versionId).toBe(version.id);
});

test("the editor explains bad input per field and keeps what was typed", async ({ page, db }) => {
  await signInQuickly(page.context(), await seedParent(db, { kids: ["Ava"] }));
  await page.goto("/routines/new");
  await page.getByRole("checkbox", { name: "Mon" }).uncheck();
  for (const day of ["Tue", "Wed", "Thu", "Fri"])
    await page.getByRole("checkbox", { name: day }).uncheck();
  await setTime(page, "From", "09:00");
  await setTime(page, "Until", "08:30");
  await page.getByLabel("Name").fill("x".repeat(80));
  await fillCard(page, 1, "", ["Something"]);
  await card(page, 1).getByLabel("Timer in seconds (optional)").fill("4000");
  await page.getByRole("button", { name: "Create routine" }).click();

  await expect(page.getByText("Pick at least one day.")).toBeVisible();
  await expect(page.getByText("The end must be after the start.")).toBeVisible();
  await expect(page.getByText("Give the card a name.")).toBeVisible();
  await expect(page.getByText("Use 0 to 3600 seconds (one hour).")).toBeVisible();
  await expect(card(page, 1).getByLabel("Item 1", { exact: true })).toHaveValue("Something");
  // Times on the 24-hour clock, as everywhere else in the app, whatever the browser's locale.
  await expect(page.getByLabel("From: hour")).toHaveValue("09");
  await expect(page.getByLabel("Until: minutes")).toHaveValue("30");
  await expectAccessible(page);
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the editor fits and its controls stay large", async ({ page, db }) => {
    await signInQuickly(page.context(), await seedParent(db, { kids: ["Ben"] }));
    await page.goto("/routines/new");
    await fillCard(page, 1, "Wake up", ["Open the curtains"]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const handle = await page.getByRole("button", { name: "Move card Wake up" }).boundingBox();
    expect(handle!.width).toBeGreaterThanOrEqual(44);
    await screenshot(page, "routine-editor-phone");
  });
});

test("two parents edit at once: the second save is refused and keeps what was typed", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Ivy"] });
  await signInQuickly(page.context(), seeded);
  await page.goto("/routines/new");
  await page.getByLabel("Name").fill("Bedtime");
  await fillCard(page, 1, "Pyjamas", ["Pyjamas on"]);
  await page.getByRole("button", { name: "Create routine" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Routine created." })).toBeVisible();
  const url = page.url();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInQuickly(otherContext, seeded);
  await other.goto(url);
  await other.getByLabel("Name").fill("Bedtime (parent 2)");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await card(page, 1).getByLabel("Card title").fill("Pyjamas and slippers");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "This routine was changed elsewhere",
  );
  await expect(card(page, 1).getByLabel("Card title")).toHaveValue("Pyjamas and slippers");
  await expect(page.getByRole("link", { name: /Reload the latest version/ })).toBeVisible();
  await screenshot(page, "routine-conflict-desktop");
  await otherContext.close();
});
