import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PIN_LOCK_MS,
  PIN_MAX_ATTEMPTS,
  countPinAttempt,
  devicePassHolds,
  isPinLocked,
  kidPassHolds,
  type KidPass,
  type PinState,
} from "@/lib/tablet/rules";

const now = new Date("2026-11-27T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("kid PIN lock", () => {
  it("sets a 15-minute lock on the 5th attempt in a row, before its PIN is checked", () => {
    let state: PinState = { failedAttempts: 0, lockedUntil: null };
    for (let i = 1; i < PIN_MAX_ATTEMPTS; i++) {
      state = countPinAttempt(state, now)!;
      expect(isPinLocked(state, now)).toBe(false);
    }
    state = countPinAttempt(state, now)!;
    expect(isPinLocked(state, now)).toBe(true);
    expect(state.lockedUntil!.getTime() - now.getTime()).toBe(PIN_LOCK_MS);
    expect(isPinLocked(state, later(PIN_LOCK_MS))).toBe(false);
  });

  it("refuses every attempt while locked, without extending or clearing the lock", () => {
    const locked: PinState = { failedAttempts: 5, lockedUntil: later(60_000) };
    expect(countPinAttempt(locked, now)).toBeNull();
  });

  it("counts from one again once a lock has ended", () => {
    const ended: PinState = { failedAttempts: 5, lockedUntil: later(-1) };
    expect(countPinAttempt(ended, now)).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it("lets at most 5 attempts be checked in any 15 minutes, whatever their timing", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 * 60_000 }), { maxLength: 80 }), (gaps) => {
        let state: PinState = { failedAttempts: 0, lockedUntil: null };
        let t = now.getTime();
        const checkedAt: number[] = [];
        for (const gap of gaps) {
          t += gap;
          const next = countPinAttempt(state, new Date(t));
          if (next) {
            state = next;
            checkedAt.push(t);
          }
        }
        // Every wrong PIN: any 6 checked attempts span a lock of 15 minutes.
        for (let i = PIN_MAX_ATTEMPTS; i < checkedAt.length; i++)
          expect(checkedAt[i]! - checkedAt[i - PIN_MAX_ATTEMPTS]!).toBeGreaterThanOrEqual(
            PIN_LOCK_MS,
          );
      }),
    );
  });
});

describe("a kid's pass on the tablet", () => {
  const kid = { id: "kid-1", pinVersion: 3, pinLockedUntil: null };
  const pass: KidPass = {
    kidPassKidId: "kid-1",
    kidPassPinVersion: 3,
    kidPassUntil: later(60_000),
  };

  it("holds for the kid it was granted to, until it runs out", () => {
    expect(kidPassHolds(pass, kid, now)).toBe(true);
    expect(kidPassHolds(pass, kid, later(59_999))).toBe(true);
    expect(kidPassHolds(pass, kid, later(60_000))).toBe(false);
  });

  it("does not hold after the faces screen ended it, for a sibling, after a PIN change, or while the kid is locked", () => {
    const ended: KidPass = { kidPassKidId: null, kidPassPinVersion: null, kidPassUntil: null };
    expect(kidPassHolds(ended, kid, now)).toBe(false);
    expect(kidPassHolds(pass, { ...kid, id: "kid-2" }, now)).toBe(false);
    expect(kidPassHolds(pass, { ...kid, pinVersion: 4 }, now)).toBe(false);
    expect(kidPassHolds(pass, { ...kid, pinLockedUntil: later(1_000) }, now)).toBe(false);
    expect(kidPassHolds(pass, { ...kid, pinLockedUntil: later(-1_000) }, now)).toBe(true);
  });
});

describe("the tablet's own pass (a PIN checked offline)", () => {
  const IDLE = 180_000;
  const tapAt = (ms: number, pass?: { pinVersion: number; at: string }) => ({
    at: later(ms).toISOString(),
    ...(pass ? { pass } : {}),
  });

  it("holds for the kid's PIN version, from the kid's last tap up to the idle time", () => {
    const pass = { pinVersion: 3, at: now.toISOString() };
    expect(devicePassHolds(tapAt(0, pass), { pinVersion: 3 }, IDLE)).toBe(true);
    expect(devicePassHolds(tapAt(IDLE, pass), { pinVersion: 3 }, IDLE)).toBe(true);
    expect(devicePassHolds(tapAt(IDLE + 1, pass), { pinVersion: 3 }, IDLE)).toBe(false);
    expect(devicePassHolds(tapAt(-1, pass), { pinVersion: 3 }, IDLE)).toBe(false);
    expect(devicePassHolds(tapAt(0, pass), { pinVersion: 4 }, IDLE)).toBe(false);
    expect(devicePassHolds(tapAt(0), { pinVersion: 3 }, IDLE)).toBe(false);
  });

  it("holds exactly when the tap comes 0..idle ms after the pass, for the same PIN version", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10 * IDLE, max: 10 * IDLE }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (gap, tapVersion, kidVersion) => {
          const pass = { pinVersion: tapVersion, at: now.toISOString() };
          const holds = devicePassHolds(tapAt(gap, pass), { pinVersion: kidVersion }, IDLE);
          expect(holds).toBe(tapVersion === kidVersion && gap >= 0 && gap <= IDLE);
        },
      ),
    );
  });
});
