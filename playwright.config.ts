// Browser tests run against a production build (`next build` + `next start`) on the fresh database
// `npm test` creates. Run them through `npm test` or `npm run test:e2e`, which set DATABASE_URL and
// CHROMIUM_PATH (see scripts/test.ts).
import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, CHROMIUM, E2E_PORT as PORT } from "./e2e/support/server";

const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_FILE;

export default defineConfig({
  testDir: "./e2e",
  // The sweep of every screen at three widths (e2e/screens.spec.ts) checks layout, which does not
  // depend on the database: CI's leg on the embedded default skips it (90 s), leg 1 runs it.
  // The same holds for the screenshot references and the pseudo-language's text check (issue 18).
  testIgnore:
    process.env.TEST_SKIP_SCREEN_SWEEP === "1"
      ? ["**/screens.spec.ts", "**/look.spec.ts", "**/pseudo.spec.ts"]
      : [],
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
  webServer: {
    command: `node node_modules/next/dist/bin/next start --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // I18N_PSEUDO: the tests' pseudo-language (e2e/pseudo.spec.ts), asked for as "en-XA".
    // PUBLIC_URL: the addresses the app hands out (calendar feeds) point at this test server.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      I18N_PSEUDO: "1",
      PUBLIC_URL: BASE_URL,
      // Web Push: the contact the push services see (docs/notifications.md).
      VAPID_SUBJECT: "mailto:push-tests@routines.example.org",
    },
  },
});
