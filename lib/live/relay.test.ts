// When the relay of live changes looks (lib/live/relay.ts), on a clock of its own: a process that
// does not hold the lock only tries for it, once a second; the relay looks on a fast beat while
// changes come, on a slow one when the cluster is quiet, and soon after its own process used the
// database; it stops looking when its connection is gone. The statements themselves run against
// PostgreSQL in live.integration.test.ts.
import type pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ACTIVE_MS,
  attachRelay,
  CLAIM_MS,
  FAST_MS,
  isRelay,
  SLOW_MS,
  wakeRelay,
} from "@/lib/live/relay";

type Sent = { at: number; what: "lock" | "relay" | "set" };

/** A stand-in for the listening connection: wins the lock when told, has notes when told. */
function fakeConnection(options: { wins: () => boolean; notes: () => number }) {
  const sent: Sent[] = [];
  const client = {
    async query(statement: string | { name: string }) {
      const text = typeof statement === "string" ? statement : statement.name;
      if (text.includes("pg_try_advisory_lock")) {
        sent.push({ at: Date.now(), what: "lock" });
        return { rows: [{ won: options.wins() }], rowCount: 1 };
      }
      if (text.startsWith("SET")) {
        sent.push({ at: Date.now(), what: "set" });
        return { rows: [], rowCount: null };
      }
      sent.push({ at: Date.now(), what: "relay" });
      const families = options.notes();
      return { rows: Array.from({ length: families }, () => ({})), rowCount: families };
    },
  };
  return { client: client as unknown as pg.Client, sent };
}

const rounds = (sent: Sent[], from: number) =>
  sent.filter((s) => s.what === "relay" && s.at >= from).map((s) => s.at - from);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the relay's rounds", () => {
  it("only tries for the lock, once a second, while another process holds it", async () => {
    const { client, sent } = fakeConnection({ wins: () => false, notes: () => 0 });
    const stop = attachRelay(client);
    await vi.advanceTimersByTimeAsync(CLAIM_MS * 3 + 10);
    expect(sent.map((s) => s.what)).toEqual(["lock", "lock", "lock", "lock"]);
    expect(isRelay()).toBe(false);
    wakeRelay(); // not the relay: nothing happens
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(4);
    stop();
  });

  it("takes over when the lock comes free, and turns off waiting for the disk", async () => {
    let free = false;
    const { client, sent } = fakeConnection({ wins: () => free, notes: () => 0 });
    const stop = attachRelay(client);
    await vi.advanceTimersByTimeAsync(10);
    free = true;
    await vi.advanceTimersByTimeAsync(CLAIM_MS);
    expect(sent.map((s) => s.what)).toEqual(["lock", "lock", "set", "relay"]);
    expect(isRelay()).toBe(true);
    stop();
    expect(isRelay()).toBe(false);
  });

  it("looks on the slow beat while the cluster is quiet, and on the fast beat once changes come", async () => {
    let notes = 0;
    const { client, sent } = fakeConnection({ wins: () => true, notes: () => notes });
    const quiet = Date.now();
    const stop = attachRelay(client);
    await vi.advanceTimersByTimeAsync(0);
    expect(rounds(sent, quiet)).toEqual([0]);
    sent.length = 0;
    await vi.advanceTimersByTimeAsync(SLOW_MS * 4);
    expect(rounds(sent, quiet)).toEqual([SLOW_MS, SLOW_MS * 2, SLOW_MS * 3, SLOW_MS * 4]);

    notes = 2; // another instance's change waits for the next round
    await vi.advanceTimersByTimeAsync(SLOW_MS);
    notes = 0;
    const busy = Date.now();
    await vi.advanceTimersByTimeAsync(FAST_MS * 4);
    // The round that found the change, then the fast beat.
    expect(rounds(sent, busy)).toEqual([0, FAST_MS, FAST_MS * 2, FAST_MS * 3, FAST_MS * 4]);

    // Quiet again for ACTIVE_MS: back to the slow beat.
    await vi.advanceTimersByTimeAsync(ACTIVE_MS);
    const later = Date.now();
    await vi.advanceTimersByTimeAsync(SLOW_MS * 2);
    expect(rounds(sent, later)).toHaveLength(2);
    stop();
  });

  it("looks soon after its own process used the database, however often it is woken", async () => {
    const { client, sent } = fakeConnection({ wins: () => true, notes: () => 0 });
    const stop = attachRelay(client);
    await vi.advanceTimersByTimeAsync(SLOW_MS + 1); // quiet: the next round is a slow beat away
    const woken = Date.now();
    for (let i = 0; i < 50; i++) wakeRelay(); // a burst of statements in this process
    await vi.advanceTimersByTimeAsync(30);
    const soon = rounds(sent, woken);
    expect(soon).toHaveLength(1);
    expect(soon[0]).toBeLessThanOrEqual(20);
    stop();
  });

  it("stops looking when its connection is gone", async () => {
    const { client, sent } = fakeConnection({ wins: () => true, notes: () => 1 });
    const stop = attachRelay(client);
    await vi.advanceTimersByTimeAsync(FAST_MS * 2);
    stop();
    const count = sent.length;
    wakeRelay();
    await vi.advanceTimersByTimeAsync(SLOW_MS * 4);
    expect(sent).toHaveLength(count);
  });
});
