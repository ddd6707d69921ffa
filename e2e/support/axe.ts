import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * No serious or critical accessibility violation on the current page, or on all of it but the
 * parts `exclude` names (CSS selectors), for pages made of many copies of one component.
 */
export async function expectAccessible(page: Page, { exclude = [] as string[] } = {}) {
  const analyze = async () => {
    // A page the tablet is refreshing (after each answered tap) has no <title> for a moment: wait
    // for the page to be whole, or axe reports that moment.
    await expect(page).toHaveTitle(/\S/);
    // A toast sliding in is half transparent for 0.35 s, and axe once read its text as too faint:
    // finite animations end first (endless ones, a pulsing dot, never would; 2 s at most).
    await page.evaluate(() =>
      Promise.race([
        Promise.all(
          document
            .getAnimations()
            .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
            .map((animation) => animation.finished.catch(() => undefined)),
        ),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]),
    );
    let builder = new AxeBuilder({ page });
    for (const selector of exclude) builder = builder.exclude(selector);
    const results = await builder.analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  };
  let serious = await analyze();
  // The title can also go between the wait and axe's reading (another answered tap's refresh):
  // read again, up to twice, when that is all axe found. Any other violation fails at once.
  for (let retry = 0; retry < 2 && serious.length > 0; retry++) {
    if (!serious.every((v) => v.startsWith("document-title:"))) break;
    serious = await analyze();
  }
  expect(serious).toEqual([]);
}
