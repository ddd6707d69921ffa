// The tablet for kids who cannot read yet (issue 16): pictures only, read aloud, the Now/Next
// board with its "then" card, the visual timer and countable rewards.
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

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

type Db = Parameters<typeof seedParent>[0];

/** A family with Leo (4) and a morning of two cards; the second has a 2-minute timer. */
async function seedMorning(db: Db) {
  const seeded = await seedParent(db, { kids: ["Leo"] });
  const leo = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, displayName: "Leo" },
  });
  const { routine } = await createRoutine(db, seeded.family.id, {
    name: "Morning",
    kidIds: [leo.id],
    cards: [["Socks", "Shirt"], ["Brush teeth"]],
  });
  const cards = await db.routineCard.findMany({
    where: { familyId: seeded.family.id, version: { routineId: routine.id } },
    orderBy: { position: "asc" },
  });
  await db.routineCard.update({
    where: { id: cards[0]!.id },
    data: { title: "Get dressed", pictureEmoji: "👕" },
  });
  await db.routineCard.update({
    where: { id: cards[1]!.id },
    data: { title: "Teeth", pictureEmoji: "🪥", durationSeconds: 120 },
  });
  return { ...seeded, leo, routine };
}

/** Speech synthesis that writes down what it is asked to say instead of speaking. */
async function listenToSpeech(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { spoken: string[]; chimes: number };
    w.spoken = [];
    w.chimes = 0;
    window.speechSynthesis.speak = (utterance) => void w.spoken.push(utterance.text);
    const RealAudioContext = window.AudioContext;
    window.AudioContext = class extends RealAudioContext {
      constructor() {
        super();
        w.chimes += 1;
      }
    };
  });
  return {
    spoken: () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken),
    chimes: () => page.evaluate(() => (window as unknown as { chimes: number }).chimes),
  };
}

/**
 * Words a person can see inside `selector`: text with letters, drawn larger than a dot and not
 * inside a box clipped to a dot (the screen-reader-only text every control keeps).
 */
function visibleWords(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const clipped = (element: Element | null): boolean => {
      for (let e = element; e; e = e.parentElement) {
        const box = e.getBoundingClientRect();
        if (getComputedStyle(e).overflow === "hidden" && (box.width <= 2 || box.height <= 2))
          return true;
      }
      return false;
    };
    const words: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent?.trim() ?? "";
        if (!/\p{L}/u.test(text) || clipped(walker.currentNode.parentElement)) continue;
        const range = document.createRange();
        range.selectNodeContents(walker.currentNode);
        const box = range.getBoundingClientRect();
        if (box.width > 2 && box.height > 2) words.push(text);
      }
    }
    return words;
  }, selector);
}

test("a parent sets a kid to pictures only: no words on cards and items, every control named, speakers read aloud", async ({
  page,
  context,
  db,
}) => {
  const seeded = await seedMorning(db);
  await signInQuickly(context, seeded);
  await page.goto("/family");
  const panel = page
    .locator("details")
    .filter({ hasText: "Tablet: language, pictures, words and size" });
  await panel.getByText("Tablet: language, pictures, words and size").click();
  await panel.getByRole("radio", { name: /Pictures only/ }).check();
  await panel.getByRole("radio", { name: "Large", exact: true }).check();
  await expectAccessible(page);
  await screenshot(page, "family-kid-tablet-look");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByText("The tablet shows it the next time")).toBeVisible();
  await expect
    .poll(() => db.familyMember.findUniqueOrThrow({ where: { id: seeded.leo.id } }))
    .toMatchObject({ readingLevel: "PICTURES", cardSize: "LARGE" });

  const speech = await listenToSpeech(page);
  await becomeTablet(context, db, seeded, "Kitchen tablet");
  await page.goto(`/tablet/kid/${seeded.leo.id}`);
  const morning = page.getByRole("region", { name: "Morning" });
  await expect(morning).toBeVisible();
  expect(await visibleWords(page, "main section")).toEqual([]);
  // Every item is still a named button, for screen readers and for this test.
  await expect(morning.getByRole("button", { name: "Socks", exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "tablet-pictures-only");

  await morning.getByRole("button", { name: "Read aloud: Get dressed" }).click();
  await morning.getByRole("button", { name: "Read aloud: Shirt" }).click();
  await expect.poll(speech.spoken).toEqual(["Get dressed: Socks, Shirt.", "Shirt"]);
  // Hearing an item does not check it; tapping it does.
  await expect(morning.getByRole("button", { name: "Shirt", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await morning.getByRole("button", { name: "Shirt", exact: true }).click();
  await expect(morning.getByRole("button", { name: "Shirt", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("the Now/Next board reads each card after the kid's tap, its timer disc shrinks with the clock, and it ends on the routine's then card", async ({
  page,
  context,
  db,
}) => {
  const seeded = await seedMorning(db);
  await db.familyMember.update({
    where: { id: seeded.leo.id },
    data: { readingLevel: "PICTURES", readSteps: true, timerSound: "SOFT" },
  });
  await db.routine.update({
    where: { id: seeded.routine.id },
    data: { thenEmoji: "🧱", thenLabel: "20 minutes of Lego" },
  });
  const speech = await listenToSpeech(page);
  await page.clock.install();
  await becomeTablet(context, db, seeded, "Kitchen tablet");
  await page.goto(`/tablet/kid/${seeded.leo.id}`);
  // Nothing is said until the kid taps.
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  expect(await speech.spoken()).toEqual([]);

  await page.getByRole("button", { name: "One card at a time: Morning" }).click();
  const board = page.getByRole("dialog");
  await expect(board).toHaveAttribute("aria-label", "Morning, step 1 of 2");
  await expect(board.getByRole("region", { name: "Now: Get dressed" })).toBeVisible();
  await expect(board.getByRole("complementary", { name: "Next: Teeth" })).toBeVisible();
  await expect.poll(speech.spoken).toEqual(["Get dressed: Socks, Shirt."]);
  expect(await visibleWords(page, "[role=dialog] section, [role=dialog] aside")).toEqual([]);
  await screenshot(page, "tablet-now-next-portrait");

  await board.getByRole("button", { name: "Next" }).click();
  await expect(board.getByRole("region", { name: "Now: Teeth" })).toBeVisible();
  await expect(
    board.getByRole("complementary", { name: "Then: 20 minutes of Lego" }),
  ).toBeVisible();
  await expect.poll(speech.spoken).toEqual(["Get dressed: Socks, Shirt.", "Teeth: Brush teeth."]);
  const timer = board.getByRole("timer");
  await expect(timer).toHaveAttribute("aria-label", "About 2 minutes left");
  // A pre-reader sees a disc, not digits.
  await expect(timer.getByText(/\d:\d\d/)).toHaveCount(0);
  const share = async () => Number(await timer.getAttribute("data-share"));
  expect(await share()).toBeGreaterThan(0.95);

  await page.clock.fastForward(60_000);
  await expect.poll(share).toBeLessThan(0.51);
  expect(await share()).toBeGreaterThan(0.45);
  await expect(timer).toHaveAttribute("aria-label", "About 1 minute left");
  expect(await speech.chimes()).toBe(0);
  await expectAccessible(page);

  await page.clock.fastForward(61_000);
  await expect(timer).toHaveAttribute("aria-label", "Time is up");
  await expect.poll(speech.chimes).toBe(1);
  await screenshot(page, "tablet-now-next-timer-done");

  await board.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("All done!")).toBeVisible();
  await page.getByRole("button", { name: "Yay! Close" }).click();
  await expect(board.getByRole("region", { name: "Then: 20 minutes of Lego" })).toBeVisible();
  await expect.poll(speech.spoken).toContain("Then: 20 minutes of Lego.");
  await screenshot(page, "tablet-now-next-then");
  await board.getByRole("button", { name: "Done, back to all cards" }).click();
  await expect(board).toHaveCount(0);
  await expect.poll(() => db.itemCheck.count({ where: { memberId: seeded.leo.id } })).toBe(3);
});

test("a reward's price shows as stars a kid can count, grouped beyond 30", async ({
  page,
  context,
  db,
}) => {
  const seeded = await seedMorning(db);
  await db.reward.createMany({
    data: [
      { familyId: seeded.family.id, name: "Ice cream", emoji: "🍦", cost: 8 },
      { familyId: seeded.family.id, name: "Zoo trip", emoji: "🦁", cost: 50 },
    ],
  });
  await db.pointsEntry.create({
    data: {
      familyId: seeded.family.id,
      memberId: seeded.leo.id,
      delta: 12,
      source: "ROUTINE",
      sourceKey: `test:${seeded.leo.id}`,
      reason: "Morning routine",
    },
  });
  await becomeTablet(context, db, seeded, "Kitchen tablet");
  await page.goto(`/tablet/kid/${seeded.leo.id}/rewards`);
  const iceCream = page.getByRole("progressbar", { name: "Stars for Ice cream: 8 of 8 stars" });
  await expect(iceCream.locator("[data-filled=full]")).toHaveCount(8);
  const zoo = page.getByRole("progressbar", { name: "Stars for Zoo trip: 12 of 50 stars" });
  // 50 stars are 10 tiles of 5: two full, one part-filled, seven to go.
  await expect(zoo.locator("[data-filled]")).toHaveCount(10);
  await expect(zoo.locator("[data-filled=full]")).toHaveCount(2);
  await expect(zoo.locator("[data-filled=part]")).toHaveCount(1);
  await expectAccessible(page);
  await screenshot(page, "tablet-rewards-tiles");
});
