import { describe, expect, it } from "vitest";
import { PIN_LOCK_MS, afterWrongPin, isPinLocked, type PinState } from "@/lib/tablet/rules";

describe("kid PIN lock", () => {
  const now = new Date("2026-11-27T10:00:00Z");

  it("locks for 15 minutes on the 5th wrong PIN in a row", () => {
    let state: PinState = { failedAttempts: 0, lockedUntil: null };
    for (let i = 0; i < 4; i++) {
      state = afterWrongPin(state, now);
      expect(isPinLocked(state, now)).toBe(false);
    }
    state = afterWrongPin(state, now);
    expect(isPinLocked(state, now)).toBe(true);
    expect(state.lockedUntil!.getTime() - now.getTime()).toBe(PIN_LOCK_MS);
    expect(isPinLocked(state, new Date(now.getTime() + PIN_LOCK_MS))).toBe(false);
  });

  it("neither extends nor clears a running lock", () => {
    const locked: PinState = { failedAttempts: 0, lockedUntil: new Date(now.getTime() + 60_000) };
    expect(afterWrongPin(locked, now)).toEqual(locked);
  });
});
