// Pure rules of the family tablet.

export const PIN_MAX_ATTEMPTS = 5;
export const PIN_LOCK_MS = 15 * 60 * 1000;
/** How long a kid stays unlocked on the tablet after their PIN (the screen locks sooner when idle). */
export const KID_PASS_MS = 12 * 60 * 60 * 1000;

export type PinState = { failedAttempts: number; lockedUntil: Date | null };

export function isPinLocked(state: PinState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more wrong PIN: the 5th in a row locks the kid for 15 minutes. */
export function afterWrongPin(state: PinState, now: Date): PinState {
  if (isPinLocked(state, now)) return state; // the caller should not even have checked the PIN
  const attempts = state.failedAttempts + 1;
  if (attempts >= PIN_MAX_ATTEMPTS)
    return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + PIN_LOCK_MS) };
  return { failedAttempts: attempts, lockedUntil: null };
}
