// Stands in for next-auth in integration tests: the session cookie's claims are whatever the test
// says, and everything after it (version check, family, role) runs for real against the database.
import { vi } from "vitest";

let claims: { userId: string; sv: number } | null = null;

export function signedInAs(userId: string, sessionVersion: number) {
  claims = { userId, sv: sessionVersion };
}

export function signedOut() {
  claims = null;
}

/** Use as: vi.mock("@/lib/auth/next-auth", async () => (await import("@/lib/testing/session-mock")).nextAuthMock()) */
export function nextAuthMock() {
  return {
    auth: vi.fn(async () => claims),
    signIn: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    authSecret: () => "integration-test-secret-integration-test-secret",
    handlers: {},
    SESSION_MAX_AGE_SECONDS: 60,
  };
}

// next/headers outside a request: a cookie jar the test controls (tablet cookies, kid passes).
const jar = new Map<string, string>();

export function setTestCookie(name: string, value: string | null) {
  if (value === null) jar.delete(name);
  else jar.set(name, value);
}

let requestHeaders: Record<string, string> = {};

/** The request headers the next calls see (e.g. X-Forwarded-For behind a trusted proxy). */
export function setTestHeaders(headers: Record<string, string>) {
  requestHeaders = headers;
}

/** Use as: vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock()) */
export function nextHeadersMock() {
  const cookieStore = {
    has: (name: string) => jar.has(name),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
  return {
    cookies: async () => cookieStore,
    headers: async () => new Headers(requestHeaders),
  };
}
