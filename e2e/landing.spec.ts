import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("landing page", () => {
  test("says what the app is and leads to sign-up and sign-in", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Family Routines/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      /routines your kids can follow/i,
    );
    await expect(page.getByRole("link", { name: "Create your family" })).toHaveAttribute(
      "href",
      "/signup",
    );
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toHaveAttribute(
      "href",
      "/login",
    );
    await page.screenshot({ path: "test-results/screens/landing-desktop.png", fullPage: true });
  });

  test("shows no family data to a visitor", async ({ page }) => {
    await page.goto("/");
    // The demo family's kids and routines exist in the database; none of it may leak here.
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/Lindqvist|alex@demo\.family/);
  });

  test("fits a phone without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("link", { name: "Create your family" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/landing-phone.png", fullPage: true });
  });

  test("has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/");
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test("sends the security headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
});
