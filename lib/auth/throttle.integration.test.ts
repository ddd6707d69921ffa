// Login throttling lives in Postgres, so several app instances share one count.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  loginThrottle,
  recordLoginFailure,
  throttleKey,
  clearLoginFailures,
} from "@/lib/auth/queries";
import { testDb } from "@/lib/testing/db";

// Two clients with their own pools: two app instances on one database.
const instanceA = testDb();
const instanceB = testDb();
afterAll(() => Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]));

describe("login throttle across instances", () => {
  it("counts failures from both instances, racing, and blocks the 11th attempt on either", async () => {
    const key = throttleKey(`${randomUUID()}@example.test`, "direct");
    const now = new Date();
    // 10 failures at once, split between the instances: each must count exactly once.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        recordLoginFailure(key, now, i % 2 ? instanceA : instanceB),
      ),
    );
    const row = await instanceA.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(10);
    for (const instance of [instanceA, instanceB]) {
      const state = await loginThrottle(key, new Date(now.getTime() + 1000), instance);
      expect(state).toMatchObject({ blocked: true });
    }
  });

  it("keeps accounts and addresses apart, and a success clears the count", async () => {
    const email = `${randomUUID()}@example.test`;
    const key = throttleKey(email, "direct");
    for (let i = 0; i < 10; i++) await recordLoginFailure(key, new Date(), instanceA);
    expect(await loginThrottle(throttleKey(email, "203.0.113.9"), new Date(), instanceB)).toEqual({
      blocked: false,
    });
    expect(
      await loginThrottle(throttleKey(`other-${email}`, "direct"), new Date(), instanceB),
    ).toEqual({ blocked: false });
    await clearLoginFailures(key);
    expect(await loginThrottle(key, new Date(), instanceB)).toEqual({ blocked: false });
  });

  it("frees the account once the 15-minute window has passed", async () => {
    const key = throttleKey(`${randomUUID()}@example.test`, "direct");
    const start = new Date(Date.now() - 16 * 60_000);
    for (let i = 0; i < 10; i++) await recordLoginFailure(key, start, instanceA);
    expect(await loginThrottle(key, new Date(start.getTime() + 60_000), instanceA)).toMatchObject({
      blocked: true,
    });
    expect(await loginThrottle(key, new Date(), instanceA)).toEqual({ blocked: false });
  });
});
