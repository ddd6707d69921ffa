// Pocket money through the app (issue 20): a parent sets a weekly allowance with jars and a
// savings goal, the allowance job pays it on its day, and the kid sees the jars and the goal's
// tiles on the tablet, with the stars a grown-up added and why.
import { expectAccessible } from "./support/axe";
import {
  becomeTablet,
  expect,
  screenshot,
  seedParent,
  signInQuickly,
  test,
} from "./support/fixtures";
import { isoWeekday, localDateAt } from "@/lib/time/rules";

test("a parent sets a weekly allowance and a goal; the job pays it; the kid sees jars and tiles", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const nora = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  // Paid today: the family's weekday now.
  const today = localDateAt(new Date(), seeded.family.timeZone, seeded.family.dayStartMinute);
  const weekday = new Intl.DateTimeFormat("en", { weekday: "long", timeZone: "UTC" }).format(
    new Date(`${today}T12:00:00Z`),
  );
  expect(isoWeekday(today)).toBeGreaterThan(0);

  await signInQuickly(page.context(), seeded);
  await page.goto("/money");
  await page.getByRole("link", { name: /Nora/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nora’s stars and money");

  const allowance = page.getByRole("form", { name: "Allowance" });
  await allowance.getByLabel("Amount (EUR)").fill("5");
  await allowance.getByLabel("On", { exact: true }).selectOption({ label: weekday });
  await allowance.getByLabel("Save (%)").fill("20");
  await allowance.getByLabel("Give (%)").fill("10");
  await allowance.getByRole("button", { name: "Save allowance" }).click();
  await expect(allowance.getByText("Saved.")).toBeVisible();

  const goal = page.getByRole("form", { name: "Savings goal" });
  await goal.getByLabel("Picture").fill("🚲");
  await goal.getByLabel("What").fill("Bike");
  await goal.getByLabel("Price (EUR)").fill("3");
  await goal.getByRole("button", { name: "Set goal" }).click();
  await expect(goal.getByText("Goal set.")).toBeVisible();

  const stars = page.getByRole("form", { name: "Add or take away stars" });
  await stars.getByLabel("How many stars").fill("5");
  await stars.getByLabel("Why").fill("Helped Grandma");
  await stars.getByRole("button", { name: "Save" }).click();
  await expect(stars.getByText("Stars corrected.", { exact: false })).toBeVisible();

  // The allowance job, as pg-boss's cron starts it every 5 minutes, started now.
  await db.$executeRawUnsafe(
    `INSERT INTO pgboss.job (name, data) VALUES ('allowance-payouts', '{}')`,
  );
  await expect
    .poll(async () => (await db.moneyEntry.findMany({ where: { memberId: nora.id } })).length, {
      timeout: 20_000,
    })
    .toBe(3);
  await page.reload();
  const jars = page.getByRole("list", { name: "Jars" });
  await expect(jars.getByText("€3.50")).toBeVisible();
  await expect(jars.getByText("€1.00")).toBeVisible();
  await expect(jars.getByText("€0.50")).toBeVisible();
  await expect(page.getByText("Paid €5.00")).toBeVisible(); // the payday, under the allowance
  await expectAccessible(page);
  await screenshot(page, "money-kid");

  // Nora's own rewards screen on the family tablet.
  const tabletContext = await browser.newContext();
  await becomeTablet(tabletContext, db, seeded);
  const tablet = await tabletContext.newPage();
  await tablet.goto(`/tablet/kid/${nora.id}/rewards`);
  const mine = tablet.getByRole("region", { name: "My money" });
  await expect(mine.getByText("€3.50")).toBeVisible();
  await expect(mine.getByText("Saving for Bike")).toBeVisible();
  // Today's is paid: the next is a week from now, the same weekday.
  await expect(mine.getByText(`Next allowance: €5.00 on ${weekday}`)).toBeVisible();
  // €1.00 of €3 saved: 1 of 3 coin tiles filled.
  const tiles = mine.getByRole("progressbar");
  await expect(tiles).toHaveAttribute("aria-valuenow", "1");
  await expect(tiles).toHaveAttribute("aria-valuemax", "3");
  await expect(mine.getByText("Helped Grandma")).toBeVisible();
  await screenshot(tablet, "tablet-kid-money");

  // Nora picks a reward to save for instead: her 5 stars fill 5 of its 10 tiles.
  await db.reward.create({ data: { familyId, name: "Zoo trip", emoji: "🦁", cost: 10 } });
  await tablet.reload();
  await tablet.getByRole("button", { name: "Save for Zoo trip" }).click();
  await expect(tablet.getByText("My goal")).toBeVisible();
  await expect(mine.getByText("Saving for Zoo trip")).toBeVisible();
  await expect(mine.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "5");
  expect(
    await db.savingsGoal.findFirstOrThrow({ where: { memberId: nora.id, closedAt: null } }),
  ).toMatchObject({ kind: "REWARD", label: "Zoo trip", price: 10 });

  // Another kid's screen shows none of it.
  const other = await db.familyMember.create({
    data: {
      familyId,
      role: "CHILD",
      displayName: "Ivo",
      avatarEmoji: "🐢",
      avatarColor: "#15803d",
    },
  });
  await tablet.goto(`/tablet/kid/${other.id}/rewards`);
  await expect(tablet.getByRole("heading", { name: "Ivo" })).toBeVisible();
  await expect(tablet.getByText("€3.50")).toHaveCount(0);
  await expect(tablet.getByRole("region", { name: "My money" })).toHaveCount(0);
  // Nor do the faces, Ivo's day, or the dashboard: no amount, no goal of Nora's anywhere.
  for (const path of ["/tablet", `/tablet/kid/${other.id}`]) {
    await tablet.goto(path);
    await expect(tablet.getByRole("main")).toBeVisible();
    await expect(tablet.getByText(/€|Bike|Zoo trip/)).toHaveCount(0);
  }
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/€|Saving for/)).toHaveCount(0);
  await tabletContext.close();
});
