import { expectAccessible } from "./support/axe";
import {
  becomeTablet,
  expect,
  screenshot,
  seedParent,
  signInQuickly,
  test,
} from "./support/fixtures";
import { addDays, localDateAt } from "@/lib/time/rules";

test("a daily habit: the kid logs it on the tablet, the parent back-fills, a pause keeps the streak, the heatmap shows it", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const today = localDateAt(new Date(), seeded.family.timeZone, seeded.family.dayStartMinute);
  await signInQuickly(page.context(), seeded);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Habits", exact: true }).click();
  const form = page.getByRole("form", { name: "New habit" });
  await form.getByLabel("For").selectOption({ label: "Nora" });
  await form.getByLabel("Habit").fill("Read 20 minutes");
  await form.getByLabel("Starts on").fill(addDays(today, -10));
  await expectAccessible(page);
  await form.getByRole("button", { name: "Create habit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Read 20 minutes");

  // The kid logs it on the family tablet.
  const tabletContext = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
  });
  const tablet = await tabletContext.newPage();
  await becomeTablet(tabletContext, db, seeded);
  await tablet.goto("/tablet");
  await tablet.getByRole("link", { name: /Nora/ }).click();
  const habit = tablet
    .getByRole("region", { name: "Habits" })
    .getByRole("button", { name: "Read 20 minutes", exact: true });
  await habit.click();
  await expect(habit).toHaveAttribute("aria-pressed", "true");
  await expect
    .poll(() => db.habitLog.count({ where: { habit: { familyId: seeded.family.id } } }))
    .toBe(1);
  await screenshot(tablet, "tablet-habits-portrait");
  await tabletContext.close();

  const streak = page.getByText(/Current streak \(days\)/).locator("..");
  await page.reload();
  await expect(streak).toContainText("1");

  await page.getByLabel("Day", { exact: true }).selectOption({ label: "Yesterday" });
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText("Logged.")).toBeVisible();
  await expect(streak).toContainText("2");

  // Three days ago logged, two days ago missed: the streak stays 2 until that day is paused.
  await page.getByLabel("Day", { exact: true }).selectOption(addDays(today, -3));
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText("Logged.")).toBeVisible();
  await expect(streak).toContainText("2");
  const pause = page.getByRole("form", { name: "Pause or excuse" });
  await pause.getByLabel("From").fill(addDays(today, -2));
  await pause.getByLabel("Until").fill(addDays(today, -2));
  await pause.getByLabel("Why").fill("Sick");
  await pause.getByRole("button", { name: "Pause these days" }).click();
  await expect(page.getByText("Day excused.")).toBeVisible();
  await expect(streak).toContainText("3");

  await expect(page.getByRole("img", { name: /Done on 3 of the last 365 days/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "habit-desktop");

  await page.goto("/dashboard");
  await expect(page.getByRole("list", { name: "Nora's habits today" })).toContainText(
    "Read 20 minutes: done",
  );
});
