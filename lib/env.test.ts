import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app" };

describe("parseEnv", () => {
  it("applies the documented defaults", () => {
    const env = parseEnv(valid);
    expect(env).toMatchObject({
      NODE_ENV: "development",
      DATABASE_CONNECT_TIMEOUT_MS: 2000,
      DATABASE_POOL_SIZE: 10,
      DATABASE_LOG_QUERIES: false,
    });
  });

  it("names a missing DATABASE_URL", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL: is required/);
  });

  it("names every bad variable at once", () => {
    const attempt = () =>
      parseEnv({ DATABASE_URL: "mysql://x", DATABASE_POOL_SIZE: "lots", NODE_ENV: "prod" });
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql/);
    expect(attempt).toThrow(/DATABASE_POOL_SIZE/);
    expect(attempt).toThrow(/NODE_ENV/);
  });

  it("coerces numbers and booleans from strings", () => {
    const env = parseEnv({
      ...valid,
      DATABASE_CONNECT_TIMEOUT_MS: "500",
      DATABASE_LOG_QUERIES: "1",
    });
    expect(env.DATABASE_CONNECT_TIMEOUT_MS).toBe(500);
    expect(env.DATABASE_LOG_QUERIES).toBe(true);
  });
});

describe("parseEnv in production", () => {
  const production = { ...valid, NODE_ENV: "production" };

  it("refuses a missing or weak AUTH_SECRET", () => {
    expect(() => parseEnv(production)).toThrow(/AUTH_SECRET: must be a strong random value/);
    expect(() => parseEnv({ ...production, AUTH_SECRET: "too-short" })).toThrow(/AUTH_SECRET/);
    expect(() => parseEnv({ ...production, AUTH_SECRET: "a".repeat(40) })).toThrow(/AUTH_SECRET/);
    expect(() =>
      parseEnv({ ...production, AUTH_SECRET: "change-me-change-me-change-me-change-me" }),
    ).toThrow(/AUTH_SECRET/);
  });

  it("accepts a random 32-byte secret", () => {
    const env = parseEnv({
      ...production,
      AUTH_SECRET: "q3Jk9vXw2LmN8pRt5YzA1bCd4EfGh7Ij0KlMnOpQrSt",
    });
    expect(env.NODE_ENV).toBe("production");
  });

  it("does not ask for a secret outside production", () => {
    expect(parseEnv(valid).AUTH_SECRET).toBeUndefined();
  });
});
