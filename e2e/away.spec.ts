// Two households (issue 21): a parent draws week on / week off for a kid with this week away. The
// tablet then has nothing due for that kid (a house, where and when home comes again), the faces
// mark her, the dashboard says "At Dad's until …", and a day at home after all brings her day back.
// Kids take turns at a routine; a pool chore goes to the first kid who starts it.
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
import { addDays, localDateAt } from "@/lib/time/rules";

test("a week-A/week-B kid: nothing due on the tablet on away days, and back with a day at home", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora", "Leo"] });
  const familyId = seeded.family.id;
  const nora = await db.familyMember.findFirstOrThrow({
    where: { familyId, displayName: "Nora" },
  });
  await createRoutine(db, familyId, { kidIds: [nora.id], name: "Morning" });
  const today = localDateAt(new Date(), seeded.family.timeZone, seeded.family.dayStartMinute);
  const weekday = (date: string) =>
    new Intl.DateTimeFormat("en", { weekday: "long", timeZone: "UTC" }).format(
      new Date(`${date}T12:00:00Z`),
    );

  await signInQuickly(page.context(), seeded);
  await page.goto("/away");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who's home");
  await page.getByRole("link", { name: "Change Nora's days" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where Nora is");

  // The cycle starts last week, so its second week (the away one) is this week.
  const pattern = page.getByRole("form", { name: "Nora's pattern" });
  await pattern.getByLabel("Where", { exact: true }).fill("Dad's");
  await pattern.getByLabel("The cycle starts the week of").fill(addDays(today, -7));
  await pattern.getByRole("button", { name: "Week on, week off" }).click();
  await expect(pattern.getByRole("checkbox", { checked: true })).toHaveCount(7);
  await pattern.getByRole("button", { name: "Save the pattern" }).click();
  await expect(pattern.getByText("Pattern saved.")).toBeVisible();
  await page.reload();
  // Monday-first weeks (the family's default): this week's Sunday is the last day away.
  const sunday = addDays(today, 7 - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) - 1);
  const until = sunday === today ? "today" : `until ${weekday(sunday)}`;
  await expect(page.getByText(`At Dad's ${until}`)).toBeVisible();
  await expect(page.getByRole("cell", { name: /: at Dad's$/ })).toHaveCount(14);
  await expectAccessible(page);
  await screenshot(page, "away-kid");

  await page.goto("/dashboard");
  await expect(page.getByText(`At Dad's ${until}`)).toBeVisible();

  // The family tablet: Nora's face has a house; her day has nothing to do, Leo's is untouched.
  const tabletContext = await browser.newContext();
  await becomeTablet(tabletContext, db, seeded);
  const tablet = await tabletContext.newPage();
  await tablet.goto("/tablet");
  await expect(
    tablet.getByRole("link", { name: /Nora/ }).getByRole("img", { name: "away from home today" }),
  ).toBeVisible();
  await expect(
    tablet.getByRole("link", { name: /Leo/ }).getByRole("img", { name: "away from home today" }),
  ).toHaveCount(0);
  await tablet.getByRole("link", { name: /Nora/ }).click();
  const awayCard = tablet.getByRole("region", { name: "At Dad's today" });
  await expect(awayCard).toBeVisible();
  await expect(
    awayCard.getByText(
      sunday === today ? "Home again tomorrow" : `Home again on ${weekday(addDays(sunday, 1))}`,
    ),
  ).toBeVisible();
  await expect(tablet.locator("button[aria-pressed]")).toHaveCount(0);
  await expect(tablet.getByText("Morning")).toHaveCount(0);
  await screenshot(tablet, "away-tablet");

  // Today at home after all: her morning is back on the tablet.
  const range = page.getByRole("form", { name: "Add days for Nora" });
  await page.goto(`/away/${nora.id}`);
  await range.getByRole("radio", { name: /At home after all/ }).check();
  await range.getByRole("button", { name: "Add" }).click();
  await expect(range.getByText("Days at home added.")).toBeVisible();
  await expect(page.getByText(/^🏠 .*: at home after all$/)).toBeVisible();
  await tablet.reload();
  await expect(tablet.getByRole("region", { name: "At Dad's today" })).toHaveCount(0);
  await expect(tablet.getByText("Morning").first()).toBeVisible();
  await tabletContext.close();
});

test("kids take turns: a daily rotation hands over, the tablet shows only whose day it is, a parent swaps a day", async ({
  page,
  browser,
  db,
}) => {
  // Nora is the older in the app, so the first turn is hers.
  const seeded = await seedParent(db, { kids: ["Nora", "Leo"] });
  const familyId = seeded.family.id;
  const [nora, leo] = await Promise.all(
    ["Nora", "Leo"].map((displayName) =>
      db.familyMember.findFirstOrThrow({ where: { familyId, displayName } }),
    ),
  );
  const { routine } = await createRoutine(db, familyId, {
    kidIds: [nora!.id, leo!.id],
    name: "Dishes",
    startMinute: 0,
    endMinute: 1439,
  });

  await signInQuickly(page.context(), seeded);
  await page.goto(`/routines/${routine.id}`);
  await page
    .getByLabel("How they share it")
    .selectOption({ label: "They take turns, a new kid every day" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const turns = page.getByRole("list", { name: "The next two weeks" });
  await expect(turns.getByRole("listitem").nth(0)).toContainText("Nora");
  await expect(turns.getByRole("listitem").nth(1)).toContainText("Leo");
  await expect(turns.getByRole("listitem").nth(2)).toContainText("Nora");

  // The rotation started yesterday, with Nora: today is Leo's.
  const today = localDateAt(new Date(), seeded.family.timeZone, seeded.family.dayStartMinute);
  await db.routine.update({
    where: { id: routine.id },
    data: { turnsFrom: new Date(`${addDays(today, -1)}T00:00:00Z`) },
  });
  await page.reload();
  await expect(turns.getByRole("listitem").nth(0)).toContainText("Leo");

  const tabletContext = await browser.newContext();
  await becomeTablet(tabletContext, db, seeded);
  const tablet = await tabletContext.newPage();
  const dishesOf = async (kidId: string) => {
    await tablet.goto(`/tablet/kid/${kidId}`);
    await expect(tablet.getByRole("heading", { level: 1 })).toBeVisible();
    return tablet.getByRole("region", { name: "Dishes" }).count();
  };
  expect(await dishesOf(leo!.id)).toBe(1);
  expect(await dishesOf(nora!.id)).toBe(0);

  // Leo has football today: Nora takes his day.
  const swap = page.getByRole("form", { name: "Swap a day" });
  await swap.getByLabel("Give it to").selectOption({ label: "Nora" });
  await swap.getByRole("button", { name: "Swap" }).click();
  await expect(swap.getByText("Day swapped.")).toBeVisible();
  await expect(turns.getByRole("listitem").nth(0)).toContainText("Nora (swapped)");
  expect(await dishesOf(nora!.id)).toBe(1);
  expect(await dishesOf(leo!.id)).toBe(0);
  await screenshot(page, "turns");
  await tabletContext.close();
});

test("a pool chore: both kids are offered it, the first to start it takes it, the parent sees who", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora", "Leo"] });
  const familyId = seeded.family.id;
  const [nora, leo] = await Promise.all(
    ["Nora", "Leo"].map((displayName) =>
      db.familyMember.findFirstOrThrow({ where: { familyId, displayName } }),
    ),
  );
  const { routine } = await createRoutine(db, familyId, {
    kidIds: [nora!.id, leo!.id],
    name: "Feed the cat",
    startMinute: 0,
    endMinute: 1439,
    cards: [["Fill the bowl", "Fresh water"]],
  });

  await signInQuickly(page.context(), seeded);
  await page.goto(`/routines/${routine.id}`);
  await page
    .getByLabel("How they share it")
    .selectOption({ label: "First to take it does it (a pool chore)" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const claims = page.getByRole("list", { name: "The last two weeks" });
  await expect(claims.getByRole("listitem").first()).toContainText("Not taken yet");

  const tabletContext = await browser.newContext();
  await becomeTablet(tabletContext, db, seeded);
  const tablet = await tabletContext.newPage();
  const chore = tablet.getByRole("region", { name: "Feed the cat" });
  const open = async (kidId: string) => {
    await tablet.goto(`/tablet/kid/${kidId}`);
    await expect(tablet.getByRole("heading", { level: 1 })).toBeVisible();
  };
  await open(nora!.id);
  await expect(chore.getByText("Up for grabs: start it and it's yours!")).toBeVisible();
  await open(leo!.id);
  await expect(chore.getByText("Up for grabs: start it and it's yours!")).toBeVisible();

  // Leo starts it: it is his, and gone from Nora's day.
  await chore.getByRole("button", { name: "Fill the bowl", exact: true }).click();
  await expect(chore.getByText("You took it: it's yours today")).toBeVisible();
  await screenshot(tablet, "pool-tablet");
  await expect
    .poll(async () => {
      await open(nora!.id);
      return chore.count();
    })
    .toBe(0);
  await open(leo!.id);
  await expect(chore.getByText("You took it: it's yours today")).toBeVisible();

  await page.reload();
  await expect(claims.getByRole("listitem").first()).toContainText("Leo took it");
  await screenshot(page, "pool-claims");
  await tabletContext.close();
});
