// What the tablet benchmarks share: a browser context made the family tablet the way a parent
// does it (sign in, Family page, "Use this device as the family tablet").
import type { BrowserContext } from "@playwright/test";
import { TEST_PASSWORD } from "../../lib/testing/factories";

export async function becomeTabletInBrowser(
  context: BrowserContext,
  base: string,
  email: string,
  name: string,
) {
  const setup = await context.newPage();
  await setup.goto(`${base}/login`);
  await setup.getByLabel("Email").fill(email);
  await setup.getByLabel("Password").fill(TEST_PASSWORD);
  await setup.getByRole("button", { name: "Sign in" }).click();
  await setup.waitForURL((url) => !url.pathname.startsWith("/login"));
  await setup.goto(`${base}/family`);
  await setup.getByLabel("Tablet name").fill(name);
  await setup.getByRole("button", { name: "Use this device as the family tablet" }).click();
  await setup.waitForURL((url) => url.pathname === "/tablet");
  await setup.close();
}
