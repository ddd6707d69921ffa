// The tablet's offline PIN (decision 015): a verifier of its own, the server's lockout on the
// device, and a pass that ends at the faces. Fewer PBKDF2 iterations here, to keep the suite fast;
// the production figure is checked on its own.
import { describe, expect, it } from "vitest";
import { createOfflinePin, VERIFIER_ITERATIONS } from "@/lib/tablet/offline-pin";
import { PIN_LOCK_MS, PIN_MAX_ATTEMPTS } from "@/lib/tablet/rules";

const IDLE = 3 * 60_000;

function setup() {
  const map = new Map<string, string>();
  const store = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
  let time = Date.UTC(2026, 0, 1, 7);
  const clock = { advance: (ms: number) => (time += ms) };
  const pin = createOfflinePin(store, { iterations: 1000, now: () => time });
  return { pin, map, clock };
}

describe("the tablet's offline PIN", () => {
  it("opens with the PIN the server accepted, and with no other", async () => {
    const { pin } = setup();
    expect(await pin.unlock("mia", 1, "2468", IDLE)).toEqual({ ok: false, reason: "unknown" });
    await pin.remember("mia", 1, "2468", IDLE);
    pin.end();
    expect(await pin.unlock("mia", 1, "1357", IDLE)).toEqual({
      ok: false,
      reason: "wrong",
      attemptsLeft: PIN_MAX_ATTEMPTS - 1,
    });
    expect(pin.pass("mia", 1)).toBeNull();
    expect(await pin.unlock("mia", 1, "2468", IDLE)).toEqual({ ok: true });
    expect(pin.pass("mia", 1)).not.toBeNull();
  });

  it("keeps neither the PIN nor anything the server stores, and a new salt each time", async () => {
    const { pin, map } = setup();
    await pin.remember("mia", 1, "2468", IDLE);
    const first = map.get("family-tablet:pin:mia")!;
    await pin.remember("mia", 1, "2468", IDLE);
    const second = map.get("family-tablet:pin:mia")!;
    for (const stored of [first, second]) {
      expect(stored).not.toContain("2468");
      expect(stored).not.toMatch(/argon2/);
    }
    expect(JSON.parse(first).salt).not.toBe(JSON.parse(second).salt);
    expect(JSON.parse(first).hash).not.toBe(JSON.parse(second).hash);
  });

  it("refuses a verifier of an older PIN: a parent changed it", async () => {
    const { pin } = setup();
    await pin.remember("mia", 1, "2468", IDLE);
    expect(await pin.unlock("mia", 2, "2468", IDLE)).toEqual({ ok: false, reason: "unknown" });
    expect(pin.pass("mia", 2)).toBeNull();
  });

  it("locks after 5 wrong PINs for 15 minutes, even for the right one, then opens again", async () => {
    const { pin, clock } = setup();
    await pin.remember("mia", 1, "2468", IDLE);
    pin.end();
    for (let i = 1; i < PIN_MAX_ATTEMPTS; i++)
      expect(await pin.unlock("mia", 1, "0000", IDLE)).toMatchObject({ reason: "wrong" });
    expect(await pin.unlock("mia", 1, "0000", IDLE)).toEqual({
      ok: false,
      reason: "locked",
      minutes: 15,
    });
    expect(await pin.unlock("mia", 1, "2468", IDLE)).toMatchObject({ reason: "locked" });
    clock.advance(PIN_LOCK_MS - 60_000);
    expect(await pin.unlock("mia", 1, "2468", IDLE)).toEqual({
      ok: false,
      reason: "locked",
      minutes: 1,
    });
    clock.advance(60_000);
    expect(await pin.unlock("mia", 1, "2468", IDLE)).toEqual({ ok: true });
    // A fresh start: five more tries before the next break.
    pin.end();
    expect(await pin.unlock("mia", 1, "0000", IDLE)).toMatchObject({
      attemptsLeft: PIN_MAX_ATTEMPTS - 1,
    });
  });

  it("holds the pass for the idle time from the last tap, for one kid, until the faces", async () => {
    const { pin, clock } = setup();
    await pin.remember("mia", 1, "2468", IDLE);
    expect(pin.pass("leo", 1)).toBeNull();
    clock.advance(IDLE - 1000);
    // A tap renews it and carries when the kid was last seen.
    const carried = pin.renew("mia", 1, IDLE);
    expect(carried).toEqual({ pinVersion: 1, at: new Date(Date.UTC(2026, 0, 1, 7)).toISOString() });
    clock.advance(IDLE - 1000);
    expect(pin.pass("mia", 1)).not.toBeNull();
    clock.advance(1000);
    expect(pin.pass("mia", 1)).toBeNull();
    expect(pin.renew("mia", 1, IDLE)).toBeNull(); // an ended pass is not renewed by a tap
    await pin.unlock("mia", 1, "2468", IDLE);
    pin.end();
    expect(pin.pass("mia", 1)).toBeNull();
  });

  it("starts the pass for a render of the kid's day shown the first time, never for one shown again", () => {
    const { pin, clock } = setup();
    const first = new Date(Date.UTC(2026, 0, 1, 7)).toISOString();
    expect(pin.isNew("mia", first)).toBe(true);
    expect(pin.shown("mia", 1, first, IDLE)).toBe(true);
    expect(pin.pass("mia", 1)).not.toBeNull();
    pin.end(); // back to the faces
    // The same page again (the service worker's copy, offline): no pass from it.
    expect(pin.isNew("mia", first)).toBe(false);
    expect(pin.shown("mia", 1, first, IDLE)).toBe(false);
    expect(pin.pass("mia", 1)).toBeNull();
    // A newer render (the server checked the pass again) starts one.
    clock.advance(1000);
    const second = new Date(Date.UTC(2026, 0, 1, 7, 0, 1)).toISOString();
    expect(pin.shown("mia", 1, second, IDLE)).toBe(true);
    // Each kid's renders are their own.
    expect(pin.isNew("leo", first)).toBe(true);
  });

  it("counts a damaged entry as none", async () => {
    const { pin, map } = setup();
    map.set("family-tablet:pin:mia", "{not json");
    map.set("family-tablet:pass", "[]");
    expect(await pin.unlock("mia", 1, "2468", IDLE)).toEqual({ ok: false, reason: "unknown" });
    expect(pin.pass("mia", 1)).toBeNull();
  });

  it("makes a guess cost the production iterations of PBKDF2-SHA-256", async () => {
    expect(VERIFIER_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const map = new Map<string, string>();
    const real = createOfflinePin({
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    });
    const started = performance.now();
    await real.remember("mia", 1, "2468", IDLE);
    const ms = performance.now() - started;
    console.log(
      `[measure] offline PIN verifier (PBKDF2-SHA-256, ${VERIFIER_ITERATIONS}): ${ms.toFixed(0)} ms`,
    );
    expect(JSON.parse(map.get("family-tablet:pin:mia")!).iterations).toBe(VERIFIER_ITERATIONS);
  });
});
