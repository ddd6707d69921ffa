import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * No serious or critical accessibility violation on the current page, or on all of it but the
 * parts `exclude` names (CSS selectors), for pages made of many copies of one component.
 */
export async function expectAccessible(page: Page, { exclude = [] as string[] } = {}) {
  // A page the tablet is refreshing (after each answered tap) has no <title> for a moment: wait
  // for the page to be whole, or axe reports that moment.
  await expect(page).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}
