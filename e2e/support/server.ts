// Where the browser tests' app server listens: playwright.config.ts starts it there, and helpers
// that set cookies without a page need its address.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
