// Exercise as a measured habit (issue 21): a parent picks "Cycling" with a goal of 20 minutes a
// day; on the tablet the kid adds 10 and 5 minutes with the big buttons and 5 more with the
// timer (which keeps running while the tablet goes back to the faces); the goal is met, and the
// parent's week-by-week chart shows the 20 minutes.
import { expectAccessible } from "./support/axe";
import {
  becomeTablet,
  expect,
  screenshot,
  seedParent,
  signInQuickly,
  test,
} from "./support/fixtures";

test("a kid logs 20 minutes of cycling on the tablet and the weekly chart shows it", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  await signInQuickly(page.context(), seeded);
  await page.goto("/habits");
  const form = page.getByRole("form", { name: "New habit" });
  await form.getByLabel("For").selectOption({ label: "Nora" });
  await form.getByRole("button", { name: "Cycling" }).click();
  await expect(form.getByLabel("Habit")).toHaveValue("Cycling");
  await expect(form.getByLabel("What it counts")).toHaveValue("MINUTES");
  await form.getByLabel("Goal per day").fill("20");
  await expectAccessible(page);
  await screenshot(page, "exercise-new");
  await form.getByRole("button", { name: "Create habit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cycling");
  const habitPage = page.url();

  const tabletContext = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
  });
  await becomeTablet(tabletContext, db, seeded);
  const tablet = await tabletContext.newPage();
  await tablet.clock.install();
  await tablet.goto("/tablet");
  await tablet.getByRole("link", { name: /Nora/ }).click();
  const card = tablet.getByRole("region", { name: "Habits" }).getByRole("listitem");
  await expect(card.getByText("0 minutes of 20 minutes today")).toBeVisible();
  await card.getByRole("button", { name: "Add 10 minutes" }).click();
  await card.getByRole("button", { name: "Add 5 minutes" }).click();
  await expect(card.getByText("15 minutes of 20 minutes today")).toBeVisible();
  // A tap too many: the undo arrow takes it back.
  await card.getByRole("button", { name: "Add 10 minutes" }).click();
  await expect(card.getByText("25 minutes of 20 minutes today")).toBeVisible();
  await tablet.getByRole("button", { name: "Undo the last tap" }).click();
  await expect(card.getByText("15 minutes of 20 minutes today")).toBeVisible();

  // Five minutes on the timer: the kid starts it and goes cycling; the idle tablet goes back to
  // the faces (3 minutes); back home, Nora taps her face and stops the timer, still running.
  await card.getByRole("button", { name: "Start the timer" }).click();
  await tablet.clock.fastForward("05:00");
  await expect(tablet.getByRole("heading", { name: "Who are you?" })).toBeVisible();
  await tablet.getByRole("link", { name: /Nora/ }).click();
  await card.getByRole("button", { name: /^Stop the timer \(5:\d\d\)$/ }).click();
  await expect(card.getByText("20 minutes of 20 minutes today")).toBeVisible();
  await expect(card.getByRole("img", { name: "Goal reached!" })).toBeVisible();
  await expectAccessible(tablet);
  await screenshot(tablet, "exercise-tablet");

  // The parent's chart: this week's bar is the 20 minutes, against a goal of 20 a day.
  await expect
    .poll(
      async () => {
        await page.goto(habitPage);
        return page
          .getByRole("region", { name: "Week by week" })
          .getByRole("listitem")
          .last()
          .textContent();
      },
      { timeout: 15_000 },
    )
    .toMatch(/: 20 minutes \(goal 140 minutes\)$/);
  await screenshot(page, "exercise-chart");
  await tabletContext.close();
});
