// A kid with a PIN on a tablet without a network (issue 15, section 7; decision 015).
//
// - After the server has accepted a PIN, the tablet keeps its own verifier of it: PBKDF2-SHA-256
//   with a random salt and 600,000 iterations (WebCrypto), never the server's hash, which does
//   not leave the server. Offline, the PIN pad checks a PIN against it.
// - The same lockout as the server's (5 wrong PINs, 15 minutes), counted on the device.
// - A pass on the device, like the server's: it holds for the tablet's idle time from the last
//   tap and ends at the faces. Taps made under it carry it (`TapPass`), and the server counts
//   them when they arrive for the PIN version they were made under (lib/tablet/sync.ts).
//
// Kept in the browser's localStorage (read synchronously, so a kept page never shows a PIN kid's
// day before it knows whether the pass holds); the storage is injected for the unit tests.
import { PIN_LOCK_MS, PIN_MAX_ATTEMPTS } from "@/lib/tablet/rules";

export const VERIFIER_ITERATIONS = 600_000;

export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

type Verifier = {
  pinVersion: number;
  salt: string;
  hash: string;
  iterations: number;
  failures: number;
  lockedUntil: number | null;
};
export type LocalPass = { kidId: string; pinVersion: number; at: number; until: number };
/** What a tap made under the device's pass says about it (lib/tablet/sync-schema.ts). */
export type TapPass = { pinVersion: number; at: string };

export type OfflineUnlock =
  | { ok: true }
  | { ok: false; reason: "wrong"; attemptsLeft: number }
  | { ok: false; reason: "locked"; minutes: number }
  /** No verifier for this PIN on this tablet: the kid has not unlocked here since it was set. */
  | { ok: false; reason: "unknown" };

const verifierKey = (kidId: string) => `family-tablet:pin:${kidId}`;
const seenKey = (kidId: string) => `family-tablet:shown:${kidId}`;
const PASS_KEY = "family-tablet:pass";

const toBase64 = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, [
    "deriveBits",
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toBase64(bits);
}

function read<T>(store: KeyValueStore, key: string): T | null {
  try {
    const raw = store.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null; // a damaged entry counts as none
  }
}

/** Constant-time for equal lengths: how long a comparison takes says nothing about the PIN. */
function same(a: string, b: string) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function createOfflinePin(
  store: KeyValueStore,
  {
    iterations = VERIFIER_ITERATIONS,
    now = () => Date.now(),
    /** Called when the pass starts or ends (a screen showing whether it holds listens). */
    onPassChange = () => {},
  } = {},
) {
  const startPass = (kidId: string, pinVersion: number, idleMs: number) => {
    const at = now();
    const pass: LocalPass = { kidId, pinVersion, at, until: at + idleMs };
    store.setItem(PASS_KEY, JSON.stringify(pass));
    onPassChange();
  };

  return {
    /** The server accepted this PIN: keep a verifier of it, and start the device's pass. */
    async remember(kidId: string, pinVersion: number, pin: string, idleMs: number) {
      startPass(kidId, pinVersion, idleMs);
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const verifier: Verifier = {
        pinVersion,
        salt: toBase64(salt),
        hash: await derive(pin, salt, iterations),
        iterations,
        failures: 0,
        lockedUntil: null,
      };
      store.setItem(verifierKey(kidId), JSON.stringify(verifier));
    },

    /** The PIN pad without a network: the kept verifier decides, with the server's lockout. */
    async unlock(
      kidId: string,
      pinVersion: number,
      pin: string,
      idleMs: number,
    ): Promise<OfflineUnlock> {
      const verifier = read<Verifier>(store, verifierKey(kidId));
      // A verifier of an older PIN (a parent changed it) cannot open the kid's day.
      if (!verifier || verifier.pinVersion !== pinVersion) return { ok: false, reason: "unknown" };
      const time = now();
      if (verifier.lockedUntil && verifier.lockedUntil > time)
        return {
          ok: false,
          reason: "locked",
          minutes: Math.ceil((verifier.lockedUntil - time) / 60_000),
        };
      const hash = await derive(pin, fromBase64(verifier.salt), verifier.iterations);
      if (same(hash, verifier.hash)) {
        store.setItem(
          verifierKey(kidId),
          JSON.stringify({ ...verifier, failures: 0, lockedUntil: null }),
        );
        startPass(kidId, pinVersion, idleMs);
        return { ok: true };
      }
      const failures = (verifier.lockedUntil ? 0 : verifier.failures) + 1;
      const locked = failures >= PIN_MAX_ATTEMPTS;
      store.setItem(
        verifierKey(kidId),
        JSON.stringify({
          ...verifier,
          failures: locked ? 0 : failures,
          lockedUntil: locked ? time + PIN_LOCK_MS : null,
        }),
      );
      return locked
        ? { ok: false, reason: "locked", minutes: Math.ceil(PIN_LOCK_MS / 60_000) }
        : { ok: false, reason: "wrong", attemptsLeft: PIN_MAX_ATTEMPTS - failures };
    },

    /** The device's pass for this kid and PIN, if it holds now. */
    pass(kidId: string, pinVersion: number): LocalPass | null {
      const pass = read<LocalPass>(store, PASS_KEY);
      return pass && pass.kidId === kidId && pass.pinVersion === pinVersion && pass.until > now()
        ? pass
        : null;
    },

    /**
     * The kid is here (a tap, or the server showing their day): the pass runs on from now. Answers
     * what the tap should carry, the pass as it was before this tap, or null when none held.
     */
    renew(kidId: string, pinVersion: number, idleMs: number, { start = false } = {}) {
      const held = this.pass(kidId, pinVersion);
      if (!held && !start) return null;
      startPass(kidId, pinVersion, idleMs);
      return held ? { pinVersion, at: new Date(held.at).toISOString() } : null;
    },

    /**
     * The kid's day as the server rendered it, at `renderedAt`, with the server's pass holding.
     * The first time a render is shown it starts the tablet's pass; a render shown before (a
     * copy the service worker kept, shown again without a network) starts nothing. Answers
     * whether it started one.
     */
    shown(kidId: string, pinVersion: number, renderedAt: string, idleMs: number): boolean {
      if (!this.isNew(kidId, renderedAt)) return false;
      store.setItem(seenKey(kidId), renderedAt);
      startPass(kidId, pinVersion, idleMs);
      return true;
    },

    /** Has this render of the kid's day not been shown on this tablet yet? */
    isNew(kidId: string, renderedAt: string): boolean {
      const seen = store.getItem(seenKey(kidId));
      return seen === null || Date.parse(renderedAt) > Date.parse(seen);
    },

    /** Back to the faces: whoever comes next starts with their own face (and PIN). */
    end() {
      store.removeItem(PASS_KEY);
      onPassChange();
    },
  };
}

export type OfflinePin = ReturnType<typeof createOfflinePin>;
