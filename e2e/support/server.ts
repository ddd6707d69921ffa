// Where the browser tests' app server listens: playwright.config.ts starts it there, and helpers
// that set cookies without a page need its address.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/**
 * The multi-instance suite (issue 22): nginx on E2E_PORT in front of two `next start` processes of
 * one build on these ports (scripts/test.ts, suite "multi"). Empty for the usual one process.
 */
export const INSTANCE_PORTS =
  process.env.E2E_INSTANCES === "2" ? [E2E_PORT + 1, E2E_PORT + 2] : ([] as number[]);

/** How the browser tests start Debian's Chromium (playwright.config.ts; a spec that needs more
 * flags, such as a fake microphone, adds to these). */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  // Flags that run Chromium headless as root on a machine with no network but loopback.
  args: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};
