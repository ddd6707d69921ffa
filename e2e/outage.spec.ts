// The database stops under a running app (issue 14): a parent's page and the kids' tablet show a
// calm "can't reach the server, nothing is lost" state, not an error page, and come back by
// themselves when the database answers again; the API answers 503 with Retry-After meanwhile.
//
// A second `next start` of the same build reaches the test database through a TCP proxy this test
// can stop, so stopping "the database" does not disturb the other tests' server.
import { spawn, type ChildProcess } from "node:child_process";
import type { Browser } from "@playwright/test";
import {
  becomeTablet,
  expect,
  screenshot,
  seedParent,
  signInQuickly,
  test,
} from "./support/fixtures";
import { createKid } from "@/lib/testing/factories";
import { databaseProxy } from "@/lib/testing/tcp-proxy";

// +3: the multi suite's two instances listen on +1 and +2 (e2e/support/server.ts).
const PORT = Number(process.env.E2E_PORT ?? 3200) + 3;
const BASE = `http://127.0.0.1:${PORT}`;

const proxy = databaseProxy(new URL(process.env.DATABASE_URL!));
let app: ChildProcess;

test.beforeAll(async () => {
  await proxy.start();
  app = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--port", String(PORT)],
    {
      env: { ...process.env, DATABASE_URL: proxy.url(), NODE_ENV: "production" },
      stdio: "ignore",
    },
  );
  await expect
    .poll(
      () =>
        fetch(`${BASE}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await proxy.stop().catch(() => undefined);
});

async function pageOn(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ baseURL: BASE, viewport });
  return context.newPage();
}

test("a parent's page and the tablet stay calm while the database is down, and come back by themselves", async ({
  browser,
  db,
}) => {
  test.setTimeout(90_000);
  const seeded = await seedParent(db);
  await createKid(db, seeded.family.id, { displayName: "Mia" });

  const parent = await pageOn(browser, { width: 390, height: 844 });
  await signInQuickly(parent.context(), seeded);
  await parent.goto("/dashboard");
  const tablet = await pageOn(browser, { width: 768, height: 1024 });
  await becomeTablet(tablet.context(), db, seeded, "Kitchen tablet");
  await tablet.goto("/tablet");
  await expect(tablet.getByRole("heading", { name: "Who are you?" })).toBeVisible();

  await proxy.stop();

  await parent.reload();
  await expect(
    parent.getByRole("heading", { name: "Can’t reach the server right now" }),
  ).toBeVisible();
  await expect(parent.getByText("Nothing you saved is lost")).toBeVisible();
  await screenshot(parent, "outage-parent-phone");
  await tablet.reload();
  await expect(tablet.getByRole("heading", { name: "Just a moment…" })).toBeVisible();
  await expect(tablet.getByText("Your ticks are safe")).toBeVisible();
  await screenshot(tablet, "outage-tablet");

  // The API says the same, in its own shape.
  const api = await parent.request.get("/api/v1/family");
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("5");
  expect(await api.json()).toMatchObject({ error: { code: "unavailable" } });

  await proxy.start();
  // No tap, no reload: each page checks /api/health every 5 s and renders itself again.
  await expect(parent.getByRole("heading", { name: /^Hello/ })).toBeVisible({ timeout: 20_000 });
  await expect(tablet.getByRole("heading", { name: "Who are you?" })).toBeVisible({
    timeout: 20_000,
  });
  await parent.context().close();
  await tablet.context().close();
});
