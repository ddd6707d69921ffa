// Where the browser tests' app server listens: playwright.config.ts starts it there, and helpers
// that set cookies without a page need its address.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

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
