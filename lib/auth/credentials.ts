import "server-only";
// Every password check of the app, each behind its attempt limit (lib/auth/attempts.ts) and each
// costing one argon2 verification whether or not the account exists, so neither a burst nor the
// answer's timing tells an attacker anything (SECURITY.md 7, 8, 9a).
import { attemptKey, limitedCheck, reserveAttempt, type Checked } from "@/lib/auth/attempts";
import { UNKNOWN_USER_HASH, verifyPassword } from "@/lib/auth/password";
import { findCredentials, findPasswordHash, findSessionUser } from "@/lib/auth/queries";
import {
  PASSWORD_CONFIRMATION,
  SIGN_IN,
  SIGN_UP_GLOBAL,
  SIGN_UP_PER_ADDRESS,
  TABLET_EXIT,
} from "@/lib/auth/rules";

// An unknown email still costs one verification (against UNKNOWN_USER_HASH): same timing.

async function verifiedUser(email: string, password: string) {
  const user = await findCredentials(email);
  const valid = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
  return user && valid ? { userId: user.id, sessionVersion: user.sessionVersion } : null;
}

/** Signing in: limited per account and client address. */
export function checkSignIn(
  email: string,
  password: string,
  address: string,
  now = new Date(),
): Promise<Checked<{ userId: string; sessionVersion: number }>> {
  return limitedCheck(
    SIGN_IN,
    attemptKey(SIGN_IN, email, address),
    () => verifiedUser(email, password),
    now,
  );
}

/**
 * Leaving tablet mode: right only for a parent of the tablet's family. Limited per email and
 * tablet, so a kid at the tablet cannot find a parent's password by trying.
 */
export function checkTabletExit(
  email: string,
  password: string,
  device: { deviceId: string; familyId: string },
  now = new Date(),
): Promise<Checked<{ userId: string }>> {
  return limitedCheck(
    TABLET_EXIT,
    attemptKey(TABLET_EXIT, email, device.deviceId),
    async () => {
      const user = await verifiedUser(email, password);
      const member = user ? (await findSessionUser(user.userId))?.membership : null;
      const isParent = member?.familyId === device.familyId && member.role === "PARENT";
      return user && isParent ? { userId: user.userId } : null;
    },
    now,
  );
}

/**
 * A signed-in parent proves the current password before changing their email or password:
 * limited per account, so a borrowed session cannot be used to find the password.
 */
export function checkPasswordConfirmation(
  userId: string,
  password: string,
  now = new Date(),
): Promise<Checked<true>> {
  return limitedCheck(
    PASSWORD_CONFIRMATION,
    attemptKey(PASSWORD_CONFIRMATION, userId),
    async () => {
      const hash = await findPasswordHash(userId);
      const valid = await verifyPassword(hash ?? UNKNOWN_USER_HASH, password);
      return hash && valid ? true : null;
    },
    now,
  );
}

/**
 * May this client address create an account now? Counts the attempt against the address and the
 * whole instance; both must allow it. Returns the seconds to wait when not.
 */
export async function reserveSignUp(address: string, now = new Date()): Promise<number | null> {
  const keys = [
    [SIGN_UP_PER_ADDRESS, attemptKey(SIGN_UP_PER_ADDRESS, address)],
    [SIGN_UP_GLOBAL, attemptKey(SIGN_UP_GLOBAL, "everyone")],
  ] as const;
  for (const [limit, key] of keys) {
    const reservation = await reserveAttempt(limit, key, now);
    if (!reservation.allowed) return reservation.retryAfterSeconds;
  }
  return null;
}
