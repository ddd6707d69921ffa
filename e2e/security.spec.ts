import { readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { expect, seedParent, signIn, signInQuickly, test } from "./support/fixtures";

// Static prerendering would serve pages without this request's nonce and the CSP would block
// their scripts: every page is checked, including the landing page.
for (const path of ["/", "/login", "/signup"]) {
  test(`${path} sends a CSP with a fresh nonce that all its scripts carry`, async ({ request }) => {
    const first = await request.get(path);
    const second = await request.get(path);
    const csp = first.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    expect(first.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first.headers()["referrer-policy"]).toBeTruthy();
    expect(first.headers()["x-powered-by"]).toBeUndefined();
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });
}

test("pages run under the CSP without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/login", "/signup"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await page.getByLabel("Your name").fill("Typing works, so scripts ran");
  expect(violations).toEqual([]);
});

test("after sign-out, a copied session cookie no longer opens the dashboard", async ({
  page,
  browser,
  db,
}) => {
  const { email, password } = await seedParent(db);
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: /^Hello/ })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name.includes("session-token"))).toMatchObject({
    httpOnly: true,
    sameSite: "Lax",
  });

  await page.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: /Sign out/ }).click();
  await expect(page).toHaveURL(/\/login$/);

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/login/);
  const response = await thief.request.get("/dashboard", { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(response.status());
  await thief.close();
});

test("protected pages give nothing away without a session, whatever the headers", async ({
  request,
}) => {
  const sneaky: Record<string, string>[] = [
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    { RSC: "1" },
    { "Next-Router-Prefetch": "1", RSC: "1" },
  ];
  for (const path of ["/dashboard", "/family", "/account"]) {
    for (const headers of sneaky) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(300);
      expect(response.status()).toBeLessThan(400);
    }
    const rsc = await request.get(`${path}.rsc`, { maxRedirects: 0 });
    expect(rsc.status()).not.toBe(200);
  }
});

test("a raw server-action POST without a session writes nothing", async ({ page, db, request }) => {
  const seeded = await seedParent(db, { kids: ["Target"] });
  const { family } = seeded;
  // Learn a real action id from the page's own form, as an attacker could.
  await signInQuickly(page.context(), seeded);
  await page.goto("/family");
  const actionId = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('form input[name^="$ACTION_ID_"]');
    return input?.name.replace("$ACTION_ID_", "") ?? null;
  });
  const kid = await db.familyMember.findFirstOrThrow({
    where: { familyId: family.id, role: "CHILD" },
  });
  const before = await db.familyMember.findUniqueOrThrow({ where: { id: kid.id } });

  const response = await request.post("/family", {
    headers: { "Next-Action": actionId ?? "unknown", Origin: "http://127.0.0.1:3200" },
    multipart: { kidId: kid.id, displayName: "Owned", avatarEmoji: "🦊", avatarColor: "#c2410c" },
    maxRedirects: 0,
  });
  expect(response.status()).not.toBe(500);
  const after = await db.familyMember.findUniqueOrThrow({ where: { id: kid.id } });
  expect(after).toEqual(before);
});

test("no password or PIN hash reaches the browser, in HTML or in the RSC payload", async ({
  page,
  db,
}) => {
  const { email, password, family } = await seedParent(db, { kids: ["Pia"] });
  await db.familyMember.updateMany({
    where: { familyId: family.id, role: "CHILD" },
    data: { pinHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g" },
  });
  await signIn(page, email, password);
  for (const path of ["/dashboard", "/family", "/account"]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await page.request.get(path, { headers })).text();
      expect(body, `${path} ${JSON.stringify(headers)}`).not.toMatch(
        /\$argon2|passwordHash|pinHash/,
      );
    }
  }
});

test("in production the server refuses to start with a weak AUTH_SECRET", async () => {
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--port", "3299"],
    {
      env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: "weak" },
    },
  );
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGKILL");
      resolve(null);
    }, 20_000);
    server.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain("AUTH_SECRET: must be a strong random value");
});

test("the production build has no benchmark route, and its paths are a plain 404", async ({
  request,
}) => {
  // The JSON API benchmark's baselines run SQL with no authentication: they are routes of the
  // benchmark's own build only (next.config.mjs, BENCH_BUILD), not closed routes of this one.
  const routes = Object.keys(
    JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")) as object,
  );
  expect(routes).toContain("/api/v1/checks/route");
  expect(routes.filter((route) => route.includes("bench"))).toEqual([]);
  for (const path of ["/api/bench/checks", "/api/bench/today"])
    expect((await request.post(path, { data: {} })).status()).toBe(404);
});
