// Two app processes of one build behind nginx (the multi suite of `npm test`, issue 22): requests
// go round-robin with no sticky sessions, and what one instance does, the other knows at once: a
// check made on one reaches a dashboard streamed from the other, a token revoked on one is refused
// by both, a sign-out on one ends the session on both. Each instance is also reached directly
// (INSTANCE_PORTS), to choose which one does what.
import { randomUUID } from "node:crypto";
import {
  expect,
  msUntilText,
  seedMorningWithToken,
  seedParent,
  signIn,
  signInQuickly,
  test,
} from "./support/fixtures";
import { INSTANCE_PORTS } from "./support/server";
import { createApiTokenRow } from "@/lib/testing/factories";

const direct = (port: number) => `http://127.0.0.1:${port}`;

test("nginx hands requests to both instances in turn", async ({ request }) => {
  const served = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    served.add(response.headers()["x-upstream"] ?? "");
  }
  expect([...served].sort()).toEqual(INSTANCE_PORTS.map((port) => `127.0.0.1:${port}`).sort());
});

test("a check made on one instance shows on a dashboard streamed from the other", async ({
  page,
  playwright,
  db,
}) => {
  const { seeded, kid, items, token } = await seedMorningWithToken(db);

  await signInQuickly(page.context(), seeded);
  const stream = page.waitForResponse((response) => response.url().endsWith("/api/live"));
  await page.goto("/dashboard");
  const streamedBy = (await stream).headers()["x-upstream"];
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  const other = INSTANCE_PORTS.find((port) => `127.0.0.1:${port}` !== streamedBy)!;
  expect(other).toBeDefined();

  // A script checks both items off, straight at the instance that does not stream this page.
  const script = await playwright.request.newContext({
    baseURL: direct(other),
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  let checked = 0;
  for (const item of items) {
    const response = await script.post("/api/v1/checks", {
      data: { memberId: kid.id, itemId: item.id, clientEventId: randomUUID() },
    });
    expect(response.status()).toBe(201);
    checked = Date.now();
  }
  const delay = await msUntilText(page, "Nora's routines today", "Morning: 2/2", checked);
  console.log(`[measure] across instances: API check → dashboard shows it ${delay} ms`);
  expect(delay).toBeLessThan(2_000);
  await script.dispose();
});

test("a token revoked through one instance is refused by both at once", async ({
  page,
  playwright,
  db,
}) => {
  const seeded = await seedParent(db);
  const parent = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, role: "PARENT" },
  });
  const { token } = await createApiTokenRow(db, seeded.family.id, parent.id, "READ", {
    name: "Kitchen display",
  });
  const scripts = await Promise.all(
    INSTANCE_PORTS.map((port) =>
      playwright.request.newContext({
        baseURL: direct(port),
        extraHTTPHeaders: { Authorization: `Bearer ${token}` },
      }),
    ),
  );
  // Both instances have the token in their caches.
  for (const script of scripts) expect((await script.get("/api/v1/family")).status()).toBe(200);

  await signInQuickly(page.context(), seeded);
  await page.goto("/family");
  const tokens = page.getByRole("list", { name: "API tokens" });
  await tokens.getByRole("button", { name: "Revoke Kitchen display" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(tokens).toContainText("revoked");
  for (const script of scripts) {
    expect((await script.get("/api/v1/family")).status()).toBe(401);
    await script.dispose();
  }
});

test("signing out through one instance ends the session on both", async ({ page, browser, db }) => {
  const { email, password } = await seedParent(db);
  await signIn(page, email, password);
  const cookies = await page.context().cookies();
  // The copied cookie opens the dashboard on each instance before the sign-out.
  for (const port of INSTANCE_PORTS) {
    const copy = await browser.newContext();
    await copy.addCookies(cookies.map(({ name, value }) => ({ name, value, url: direct(port) })));
    const response = await copy.request.get(`${direct(port)}/dashboard`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    await copy.close();
  }
  await page.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: /Sign out/ }).click();
  await expect(page).toHaveURL(/\/login$/);
  for (const port of INSTANCE_PORTS) {
    const copy = await browser.newContext();
    await copy.addCookies(cookies.map(({ name, value }) => ({ name, value, url: direct(port) })));
    const response = await copy.request.get(`${direct(port)}/dashboard`, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(response.status());
    await copy.close();
  }
});
