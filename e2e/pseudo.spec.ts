// No hard-coded English (issue 18): pages drawn in the pseudo-language (lib/i18n/pseudo.ts), where
// every word from the messages is accented and wrapped in ⟦ ⟧. Whatever text is left plain, in
// the page or in an accessible name, was written into a component and would stay English in
// every language. What parents wrote («…» here) is theirs and is never translated.
// The pages covered grow as the parent app is translated (issue 18's note says which remain).
import type { Page } from "@playwright/test";
import { becomeTablet, expect, seedParent, test } from "./support/fixtures";
import { createRoutine } from "@/lib/testing/factories";

/** Text a person sees or hears (visible text and accessible names) that is not translated. */
function plainEnglish(page: Page) {
  return page.evaluate(() => {
    const found = new Set<string>();
    const untranslated = (text: string) => {
      // Strip what is translated and what parents wrote; what still has two letters in a row is plain.
      const rest = text.replace(/⟦[^⟧]*⟧/g, "").replace(/«[^»]*»/g, "");
      return /[A-Za-z]{2,}/.test(rest) ? text.trim().slice(0, 60) : null;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest("script, style, noscript, [hidden]")) continue;
      // A text node is judged with its element: "⟦Àšk⟧" and "«Ice cream»" may be siblings.
      const hit = untranslated(parent.textContent ?? "");
      if (hit) found.add(`text: ${hit}`);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [alt]")) {
      for (const attribute of ["aria-label", "title", "alt"]) {
        const value = element.getAttribute(attribute);
        const hit = value ? untranslated(value) : null;
        if (hit) found.add(`${attribute}: ${hit}`);
      }
    }
    return [...found];
  });
}

test("the tablet's pages have no hard-coded English", async ({ browser, db }) => {
  const seeded = await seedParent(db, { kids: ["«Nora»", "«Leo»"] });
  const familyId = seeded.family.id;
  const kid = (name: string) =>
    db.familyMember.findFirstOrThrow({ where: { familyId, displayName: name } });
  const [nora, leo] = [await kid("«Nora»"), await kid("«Leo»")];
  const { version } = await createRoutine(db, familyId, {
    name: "«Morning»",
    kidIds: [leo.id, nora.id],
    startMinute: 0,
    endMinute: 1439,
    cards: [["«Make the bed»"], ["«Brush teeth»"]],
  });
  await db.routineCard.updateMany({
    where: { versionId: version.id },
    data: { title: "«Card»", durationSeconds: 120 },
  });
  await db.routine.updateMany({
    where: { familyId },
    data: { thenEmoji: "🧱", thenLabel: "«Lego»" },
  });
  await db.reward.create({ data: { familyId, name: "«Ice cream»", emoji: "🍦", cost: 3 } });
  await db.familyMember.update({
    where: { id: leo.id },
    data: { pinHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA" },
  });

  const tablet = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
    locale: "en-XA",
  });
  await becomeTablet(tablet, db, seeded, "«Kitchen»");
  const page = await tablet.newPage();
  const pages: [string, () => Promise<void>][] = [
    ["/tablet", () => page.goto("/tablet").then(() => undefined)],
    [`kid's day`, () => page.goto(`/tablet/kid/${nora.id}`).then(() => undefined)],
    [
      "the one-card board",
      async () => {
        // "One card at a time: «Morning»", accented.
        await page.getByRole("button", { name: /^⟦Öñé.*«Morning»⟧$/ }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
      },
    ],
    [`rewards`, () => page.goto(`/tablet/kid/${nora.id}/rewards`).then(() => undefined)],
    [
      "after asking for a reward",
      async () => {
        // "Ask for «Ice cream»", accented.
        await page.getByRole("button", { name: /^⟦Àšk.*«Ice cream»⟧$/ }).click();
        await expect(page.getByRole("status").first()).toBeVisible();
      },
    ],
    [`PIN pad`, () => page.goto(`/tablet/kid/${leo.id}`).then(() => undefined)],
  ];
  for (const [name, open] of pages) {
    await open();
    await page.waitForLoadState("networkidle");
    // Drawn in the pseudo-language at all (a page of pictures has its words in the names).
    expect(await page.locator("body").innerHTML()).toContain("⟦");
    expect(await plainEnglish(page), name).toEqual([]);
  }
  await tablet.close();
});
