// Browser tests run against a production build (`next build` + `next start`) on the fresh database
// `npm test` creates. Run them through `npm test` or `npm run test:e2e`, which set DATABASE_URL and
// CHROMIUM_PATH (see scripts/test.ts).
import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, CHROMIUM, E2E_PORT as PORT, INSTANCE_PORTS } from "./e2e/support/server";

const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_FILE;

// I18N_PSEUDO: the tests' pseudo-language (e2e/pseudo.spec.ts), asked for as "en-XA".
// PUBLIC_URL: the addresses the app hands out (calendar feeds) point at this test server.
const serverEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  I18N_PSEUDO: "1",
  PUBLIC_URL: BASE_URL,
  // Web Push: the contact the push services see (docs/notifications.md).
  VAPID_SUBJECT: "mailto:push-tests@routines.example.org",
};
const nextStart = (port: number) => ({
  command: `node node_modules/next/dist/bin/next start --port ${port}`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: serverEnv,
});

// The multi-instance suite (scripts/test.ts, suite "multi"): two processes of one build behind
// nginx (its config written by scripts/lib/nginx.ts), and the whole browser suite through it.
const multi = INSTANCE_PORTS.length > 0;
// The sweep of every screen at three widths (e2e/screens.spec.ts), the screenshot references and
// the pseudo-language's text check (issue 18) look at layout, which depends neither on the database
// nor on which process renders: the multi suite leaves them to the one-process suite, and
// TEST_SKIP_SCREEN_SWEEP=1 leaves them out of a one-process run (≈ 2 min).
const LAYOUT_SPECS = ["**/screens.spec.ts", "**/look.spec.ts", "**/pseudo.spec.ts"];

export default defineConfig({
  testDir: "./e2e",
  testIgnore: [
    ...(process.env.TEST_SKIP_SCREEN_SWEEP === "1" || multi ? LAYOUT_SPECS : []),
    // Crosses two instances: only where there are two.
    ...(multi ? [] : ["**/instances.spec.ts"]),
  ],
  outputDir: "./test-results/e2e",
  // Screenshot references (e2e/look.spec.ts), one per name: made on this project's machine and
  // Chromium. A few pixels absorb anti-aliasing; a ratio would not: 1 % of the editor's full page
  // is 35,000 pixels, and the time fields' change from 12 to 24 hours passed under it.
  snapshotPathTemplate: "{testDir}/references/{arg}{ext}",
  expect: {
    toHaveScreenshot: { maxDiffPixels: 100, animations: "disabled", caret: "hide" },
  },
  // One worker: the app server and the database share this machine's 2 cores with the browser.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: jsonReport ? [["list"], ["json", { outputFile: jsonReport }]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    ...devices["Desktop Chrome"],
    // A trace is recorded for every test to keep the failed ones: 18 % of the suite's time on
    // this machine (135 s vs 111 s for 23 tests). CI goes without; a failure there still leaves
    // its screenshot and error context.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM,
  },
  webServer: multi
    ? [
        ...INSTANCE_PORTS.map(nextStart),
        {
          command: `${process.env.E2E_NGINX} -p ${process.env.E2E_NGINX_PREFIX} -c ${process.env.E2E_NGINX_CONF} -g "daemon off;"`,
          url: `${BASE_URL}/api/health`,
          reuseExistingServer: false,
          timeout: 20_000,
        },
      ]
    : nextStart(PORT),
});
