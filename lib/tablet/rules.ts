// Pure rules of the family tablet: the kid PIN lock and the kid's pass. lib/tablet/queries.ts
// applies them in single SQL statements; integration tests check that both agree.

export const PIN_MAX_ATTEMPTS = 5;
export const PIN_LOCK_MS = 15 * 60 * 1000;

export type PinState = { failedAttempts: number; lockedUntil: Date | null };

export function isPinLocked(state: PinState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The state after one more PIN attempt at `now`, counted before the PIN is checked; null when the
 * kid is locked and the attempt is refused unchecked. The 5th attempt in a row sets the lock (a
 * right PIN then clears it); after a lock has ended the count starts again.
 */
export function countPinAttempt(state: PinState, now: Date): PinState | null {
  if (isPinLocked(state, now)) return null;
  const failedAttempts = state.lockedUntil ? 1 : state.failedAttempts + 1;
  const lockedUntil =
    failedAttempts >= PIN_MAX_ATTEMPTS ? new Date(now.getTime() + PIN_LOCK_MS) : null;
  return { failedAttempts, lockedUntil };
}

/** The answer to a kid action without a holding pass; the tablet then shows the PIN pad again. */
export const KID_PASS_NEEDED = "Tap your face and enter your PIN first.";

/** What the tablet's row says about the kid it is unlocked for (all null when none). */
export type KidPass = {
  kidPassKidId: string | null;
  kidPassPinVersion: number | null;
  kidPassUntil: Date | null;
};

/**
 * Does this tablet's pass let it act for this kid now? Only for the kid it was granted to, before
 * it runs out (the idle time, renewed by the kid's own taps), for the PIN it was granted with, and
 * never while the kid is locked.
 */
export function kidPassHolds(
  pass: KidPass,
  kid: { id: string; pinVersion: number; pinLockedUntil: Date | null },
  now: Date,
): boolean {
  return (
    pass.kidPassKidId === kid.id &&
    pass.kidPassPinVersion === kid.pinVersion &&
    pass.kidPassUntil !== null &&
    pass.kidPassUntil.getTime() > now.getTime() &&
    !isPinLocked({ failedAttempts: 0, lockedUntil: kid.pinLockedUntil }, now)
  );
}

/**
 * Was a tap made under the device's own pass (lib/tablet/offline-pin.ts), the PIN checked on the
 * tablet while it had no network? For the kid's PIN as it still is (a PIN changed since opens
 * nothing), and within the idle time of the kid's previous tap or unlock. The tablet is the
 * family's device, trusted with its token; this is what its PIN pad saw (decision 015).
 */
export function devicePassHolds(
  tap: { at: string; pass?: { pinVersion: number; at: string } },
  kid: { pinVersion: number },
  idleMs: number,
): boolean {
  if (!tap.pass || tap.pass.pinVersion !== kid.pinVersion) return false;
  const since = Date.parse(tap.at) - Date.parse(tap.pass.at);
  return since >= 0 && since <= idleMs;
}
