import { describe, expect, it } from "vitest";
import {
  ARGON2ID,
  HASHING_CONCURRENCY,
  HASHING_QUEUE,
  UNKNOWN_USER_HASH,
  hashPassword,
  hashingStats,
  verifyPassword,
} from "@/lib/auth/password";
import { BusyError } from "@/lib/errors";

describe("password hashing", () => {
  it("uses argon2id with OWASP's minimum (SECURITY.md 6), for real hashes and the unknown-user hash", async () => {
    const prefix = `$argon2id$v=19$m=${ARGON2ID.memoryCost},t=${ARGON2ID.timeCost},p=${ARGON2ID.parallelism}$`;
    expect(ARGON2ID).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(await hashPassword("sunny-breakfast-42")).toMatch(prefix);
    expect(UNKNOWN_USER_HASH.startsWith(prefix)).toBe(true);
    expect(await verifyPassword(UNKNOWN_USER_HASH, "")).toBe(false);
  });

  it("treats a malformed stored hash as a wrong password", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("refuses work beyond the queue at once with BusyError, and finishes everything it took", async () => {
    const hash = await hashPassword("a-password-to-check");
    const before = hashingStats();
    const total = HASHING_CONCURRENCY + HASHING_QUEUE + 20;
    const outcomes = await Promise.allSettled(
      Array.from({ length: total }, () => verifyPassword(hash, "a-password-to-check")),
    );
    const done = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(done).toHaveLength(HASHING_CONCURRENCY + HASHING_QUEUE);
    expect(done.every((o) => o.status === "fulfilled" && o.value === true)).toBe(true);
    expect(refused).toHaveLength(20);
    expect(refused.every((o) => o.status === "rejected" && o.reason instanceof BusyError)).toBe(
      true,
    );
    expect(hashingStats().refused - before.refused).toBe(20);
    // The queue is free again afterwards.
    expect(await verifyPassword(hash, "a-password-to-check")).toBe(true);
  });
});
