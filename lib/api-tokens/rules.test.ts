import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LAST_USED_RESOLUTION_MS,
  bearerToken,
  hashApiToken,
  needsLastUsedUpdate,
  newApiToken,
  tokenExpiry,
  tokenStatus,
} from "@/lib/api-tokens/rules";

describe("newApiToken", () => {
  it("makes a recognisable, unguessable token whose hash and prefix match it", () => {
    const tokens = Array.from({ length: 50 }, newApiToken);
    for (const { token, tokenHash, prefix } of tokens) {
      expect(token).toMatch(/^frt_[A-Za-z0-9_-]{43}$/);
      expect(hashApiToken(token)).toBe(tokenHash);
      expect(token.startsWith(prefix)).toBe(true);
      expect(prefix).toHaveLength(12);
    }
    expect(new Set(tokens.map((t) => t.token)).size).toBe(50);
  });
});

describe("bearerToken", () => {
  it("reads exactly 'Bearer <token>', the scheme in any case", () => {
    const { token } = newApiToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`  Bearer ${token} `)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
    expect(bearerToken(`BEARER ${token}`)).toBe(token);
    for (const header of [
      null,
      "",
      "Bearer",
      `Basic ${token}`,
      `bearer${token}`,
      `Bearer ${token} x`,
    ])
      expect(bearerToken(header)).toBeNull();
  });

  it("never throws and never returns characters outside the token alphabet", () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const token = bearerToken(header);
        expect(token === null || /^[A-Za-z0-9_-]+$/.test(token)).toBe(true);
      }),
    );
  });
});

describe("tokenStatus", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it("is revoked before expired, expired at the expiry instant, active otherwise", () => {
    expect(tokenStatus({ revokedAt: now, expiresAt: new Date(0) }, now)).toBe("revoked");
    expect(tokenStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenStatus({ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe(
      "active",
    );
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe("active");
  });

  it("tokenExpiry: never, or whole days ahead", () => {
    expect(tokenExpiry(null, now)).toBeNull();
    expect(tokenExpiry(30, now)?.toISOString()).toBe("2026-12-27T12:00:00.000Z");
  });
});

describe("needsLastUsedUpdate", () => {
  it("writes on first use and then at most once per resolution", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    expect(needsLastUsedUpdate(null, now)).toBe(true);
    expect(needsLastUsedUpdate(new Date(now.getTime() - LAST_USED_RESOLUTION_MS + 1), now)).toBe(
      false,
    );
    expect(needsLastUsedUpdate(new Date(now.getTime() - LAST_USED_RESOLUTION_MS), now)).toBe(true);
  });
});
