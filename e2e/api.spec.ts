// The JSON API from a parent's and a script's point of view: a token is created in settings and
// shown once, a script uses it, the list shows when it was last used, revoking it ends access.
// The docs page documents every endpoint and sends a request. And 100 concurrent requests all
// get an answer (SECURITY.md #19).
import { randomUUID } from "node:crypto";
import { expectAccessible } from "./support/axe";
import { expect, screenshot, seedParent, signInQuickly, test } from "./support/fixtures";
import { createApiTokenRow, createRoutine } from "@/lib/testing/factories";

test("a parent creates a token, a script checks an item off with it, the parent revokes it", async ({
  page,
  playwright,
  baseURL,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const kid = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, role: "CHILD" },
  });
  const { items } = await createRoutine(db, seeded.family.id, { kidIds: [kid.id] });
  await signInQuickly(page.context(), seeded);
  await page.goto("/family");

  const form = page.getByRole("form", { name: "New API token" });
  await form.getByLabel("Name").fill("Home Assistant");
  await form.getByLabel(/Read and change/).check();
  await form.getByLabel("Expires").selectOption({ label: "In 90 days" });
  await form.getByRole("button", { name: "Create token" }).click();
  const secretField = page.getByLabel("Your new token");
  await expect(secretField).toBeVisible();
  const token = await secretField.inputValue();
  expect(token).toMatch(/^frt_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  const tokenList = page.getByRole("list", { name: "API tokens" });
  await expect(tokenList).toContainText("Home Assistant");
  await expect(tokenList).toContainText("never used");
  await screenshot(page, "family-api-token-created");
  await expectAccessible(page);

  // A script, with no cookie: reads the family and checks an item off for Nora.
  const script = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  const family = await script.get("/api/v1/family");
  expect(family.status()).toBe(200);
  expect(await family.json()).toMatchObject({ id: seeded.family.id });
  const check = await script.post("/api/v1/checks", {
    data: { memberId: kid.id, itemId: items[0]!.id, clientEventId: randomUUID() },
  });
  expect(check.status()).toBe(201);
  expect(check.headers()["x-request-id"]).toBeTruthy();

  await page.reload();
  await expect(tokenList).toContainText("last used");
  await expect(page.getByText(token)).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  await tokenList.getByRole("button", { name: "Revoke Home Assistant" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(tokenList).toContainText("revoked");
  const after = await script.get("/api/v1/family");
  expect(after.status()).toBe(401);
  expect(await after.json()).toMatchObject({ error: { code: "unauthenticated" } });
  await script.dispose();
});

test("the session cookie changes data only from this site", async ({ page, db }) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const kid = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, role: "CHILD" },
  });
  await signInQuickly(page.context(), seeded);
  await page.goto("/dashboard"); // the page's own fetch below comes from this site
  const habit = {
    memberId: kid.id,
    name: "Stretch",
    icon: "🤸",
    cadence: "DAILY",
    weekdays: [1, 3, 5],
    startDate: "2026-11-01",
  };
  // page.request carries the browser's cookies; a forged Origin is what a foreign site would send.
  const forged = await page.request.post("/api/v1/habits", {
    data: habit,
    headers: { Origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
  expect(await db.habit.count({ where: { familyId: seeded.family.id } })).toBe(0);
  const read = await page.request.get("/api/v1/family");
  expect(read.status()).toBe(200);
  const own = await page.evaluate(async (body) => {
    const response = await fetch("/api/v1/habits", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return response.status;
  }, habit);
  expect(own).toBe(201);
});

test("the docs page shows every endpoint and sends a request as the signed-in parent", async ({
  page,
  db,
}) => {
  const document = await (await page.request.get("/api/openapi.json")).json();
  type Operation = { operationId: string; requestBody?: object; parameters?: { in: string }[] };
  const operations = Object.values(document.paths as Record<string, object>).flatMap(
    (p) => Object.values(p) as Operation[],
  );
  expect(operations.length).toBeGreaterThanOrEqual(20);

  const seeded = await seedParent(db, { kids: ["Nora"] });
  await signInQuickly(page.context(), seeded);
  await page.goto("/docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Family Routines API");
  await expect(page.locator("main article")).toHaveCount(operations.length);
  // Every operation is the same component: axe reads the page around them and three of different
  // shapes (no input, a body, a path parameter). All of them took axe 13 s, these 1 s.
  const shapes = [
    operations.find((o) => o.operationId === "getFamily"),
    operations.find((o) => o.requestBody),
    operations.find((o) => o.parameters?.some((p) => p.in === "path")),
  ];
  const others = operations.filter((o) => !shapes.includes(o));
  expect(others).toHaveLength(operations.length - 3);
  await expectAccessible(page, { exclude: others.map((o) => `article#${o.operationId}`) });
  await screenshot(page, "api-docs", { fullPage: false });

  const getFamily = page.locator("article#getFamily");
  await getFamily.getByText("Try it").click();
  await getFamily.getByRole("button", { name: "Send GET" }).click();
  await expect(getFamily.getByRole("status")).toContainText("Answer: 200");
  await expect(getFamily.getByRole("status")).toContainText(seeded.family.id);
});

test("100 concurrent API requests all get an answer", async ({ playwright, baseURL, db }) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const parent = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, role: "PARENT" },
  });
  const { token } = await createApiTokenRow(db, seeded.family.id, parent.id, "READ");
  const client = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      client.get(i % 2 ? "/api/v1/members" : "/api/v1/routines", { timeout: 20_000 }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`[measure] 100 concurrent API requests answered in ${seconds.toFixed(2)} s`);
  expect(answers.map((a) => a.status())).toEqual(Array(100).fill(200));
  await client.dispose();
});

test("paths that cannot be decoded answer the API's 400, not a plain-text 500", async ({
  request,
}) => {
  // Next fails on these before any route runs; proxy.ts answers them (issue 14).
  for (const path of ["/api/v1/routines/%ZZ", "/api/%ZZ", "/api/v1/habits/%E0%A4%A/logs"]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(400);
    expect(answer.headers()["content-type"], path).toContain("application/json");
    expect(answer.headers()["x-request-id"], path).toBeTruthy();
    expect(await answer.json(), path).toMatchObject({ error: { code: "invalid_input" } });
  }
  // A well-formed path still reaches the API as before.
  expect((await request.get("/api/v1/family")).status()).toBe(401);
});
