// No hard-coded English (issue 18): pages drawn in the pseudo-language (lib/i18n/pseudo.ts), where
// every word from the messages is accented and wrapped in ⟦ ⟧. Whatever text is left plain, in
// the page or in an accessible name, was written into a component and would stay English in
// every language. What parents wrote («…» here) is theirs and is never translated.
import type { Page } from "@playwright/test";
import {
  becomeTablet,
  expect,
  seedParent,
  signInQuickly,
  test,
  uniqueEmail,
} from "./support/fixtures";
import { createHabit, createKid, createRoutine } from "@/lib/testing/factories";
import { localDateAt, toDbDate } from "@/lib/time/rules";
import { hashInviteToken, inviteExpiry, newInviteToken } from "@/lib/families/rules";

/** Text a person sees or hears (visible text and accessible names) that is not translated. */
function plainEnglish(page: Page) {
  return page.evaluate(() => {
    const found = new Set<string>();
    const untranslated = (text: string) => {
      // Strip what is translated and what parents wrote. A word left with only plain ASCII
      // letters is English; an accented one is a piece of a translated message (a tag inside it).
      const rest = text
        .replace(/⟦[^⟧]*⟧/g, "")
        .replace(/«[^»]*»/g, "")
        .replace(/\S+@\S+/g, ""); // an email address is the person's own
      const words = rest.match(/\p{L}+/gu) ?? [];
      return words.some((word) => /^[A-Za-z]{2,}$/.test(word)) ? text.trim().slice(0, 60) : null;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      // translate="no": words that are the same in every language (a language's own name).
      if (parent.closest("script, style, noscript, [hidden], [translate='no']")) continue;
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
  // Nora's money, goal and a grown-up's stars: her rewards screen shows them (issue 20).
  await db.moneyEntry.create({
    data: {
      familyId,
      memberId: nora.id,
      jar: "SAVE",
      amount: 500,
      kind: "DEPOSIT",
      sourceKey: "pseudo",
      note: "«Grandma»",
    },
  });
  await db.savingsGoal.create({
    data: { familyId, memberId: nora.id, kind: "WISH", label: "«Bike»", emoji: "🚲", price: 2000 },
  });
  await db.pointsEntry.create({
    data: {
      familyId,
      memberId: nora.id,
      delta: 2,
      source: "CORRECTION",
      sourceKey: "pseudo-fix",
      reason: "«Helped»",
    },
  });

  // Leo lives at «Dad's» (issue 21): the away pages and the dashboard say so.
  await db.awayPattern.create({
    data: {
      familyId,
      memberId: leo.id,
      place: "«Dad's»",
      startDate: new Date("2026-01-05T00:00:00Z"),
      cycleDays: 7,
      awayDays: [0, 1, 2, 3, 4, 5, 6],
    },
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
    ["leaving tablet mode", () => page.goto("/tablet/exit").then(() => undefined)],
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

test("the parent app and the public pages have no hard-coded English", async ({ browser, db }) => {
  test.setTimeout(90_000);
  const seeded = await seedParent(db, { kids: ["«Nora»"] });
  const familyId = seeded.family.id;
  await db.family.update({ where: { id: familyId }, data: { name: "«Lindqvist»" } });
  await db.user.update({ where: { id: seeded.user.id }, data: { name: "«Anna»" } });
  await db.familyMember.updateMany({
    where: { familyId, role: "PARENT" },
    data: { displayName: "«Anna»" },
  });
  const nora = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  const { routine, version, items } = await createRoutine(db, familyId, {
    name: "«Morning»",
    kidIds: [nora.id],
    cards: [["«Make the bed»"], ["«Brush teeth»"]],
  });
  await db.routineCard.updateMany({ where: { versionId: version.id }, data: { title: "«Card»" } });
  const habit = await createHabit(db, familyId, nora.id);
  await db.habit.update({ where: { id: habit.id }, data: { name: "«Read»" } });
  await db.reward.create({ data: { familyId, name: "«Ice cream»", emoji: "🍦", cost: 3 } });
  // «Leo» lives at «Dad's» (issue 21), with a trip to come: the away pages say so.
  const leo = await createKid(db, familyId, { displayName: "«Leo»" });
  await db.awayPattern.create({
    data: {
      familyId,
      memberId: leo.id,
      place: "«Dad's»",
      startDate: new Date("2026-01-05T00:00:00Z"),
      cycleDays: 14,
      awayDays: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    },
  });
  await db.awayDay.create({
    data: {
      familyId,
      memberId: leo.id,
      kind: "HOME",
      startDate: toDbDate("2099-01-01"),
      endDate: toDbDate("2099-01-02"),
    },
  });
  await becomeTablet(await browser.newContext(), db, seeded, "«Kitchen»");
  await db.itemCheck.create({
    data: {
      familyId,
      memberId: nora.id,
      itemId: items[0]!.id,
      versionId: version.id,
      localDate: toDbDate(localDateAt(new Date(), seeded.family.timeZone)),
    },
  });

  const parent = await browser.newContext({ locale: "en-XA" });
  await signInQuickly(parent, seeded);
  const page = await parent.newPage();
  for (const path of [
    "/dashboard",
    `/dashboard/kids/${nora.id}`,
    "/routines",
    "/routines/new",
    `/routines/${routine.id}`,
    `/routines/${routine.id}/history`,
    "/habits",
    `/habits/${habit.id}`,
    "/rewards",
    "/family",
    "/account",
    "/money",
    `/money/${nora.id}`,
    "/away",
    `/away/${leo.id}`,
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("body").innerHTML()).toContain("⟦");
    expect(await plainEnglish(page), path).toEqual([]);
  }
  await parent.close();

  // A co-parent's invitation, as the family page makes one.
  const { token, tokenHash } = newInviteToken();
  const anna = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "PARENT" } });
  await db.familyInvite.create({
    data: { familyId, createdById: anna.id, tokenHash, expiresAt: inviteExpiry(new Date()) },
  });
  expect(hashInviteToken(token)).toBe(tokenHash);
  const invite = `/invite/${token}`;

  const visitor = await browser.newContext({ locale: "en-XA" });
  const anonymous = await visitor.newPage();
  for (const path of [
    "/",
    "/login",
    "/signup",
    "/tablet/setup",
    invite,
    "/invite/gone",
    "/nowhere",
  ]) {
    await anonymous.goto(path);
    expect(await anonymous.locator("body").innerHTML()).toContain("⟦");
    expect(await plainEnglish(anonymous), path).toEqual([]);
  }
  await visitor.close();

  // Someone who signed up and has no family yet: the first step, and the invitation to join.
  const newcomer = await db.user.create({
    data: { email: uniqueEmail("newcomer"), name: "«Sam»", passwordHash: "-" },
  });
  const fresh = await browser.newContext({ locale: "en-XA" });
  await signInQuickly(fresh, { user: newcomer });
  const start = await fresh.newPage();
  for (const path of ["/onboarding", invite]) {
    await start.goto(path);
    await start.waitForLoadState("networkidle");
    expect(await start.locator("body").innerHTML()).toContain("⟦");
    expect(await plainEnglish(start), `newcomer ${path}`).toEqual([]);
  }
  await fresh.close();

  // The family's own parent: the second step (kids), and an invitation she cannot take.
  const again = await browser.newContext({ locale: "en-XA" });
  await signInQuickly(again, seeded);
  const own = await again.newPage();
  for (const path of ["/onboarding", invite]) {
    await own.goto(path);
    await own.waitForLoadState("networkidle");
    expect(await plainEnglish(own), `parent ${path}`).toEqual([]);
  }
  await again.close();
});
