// Pure authentication rules: password policy, login throttling window, PIN format.
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  // Length in characters as a person counts them (emoji and accents count as one).
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower))
    return "This password is one of the most common ones. Pick another.";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower === local)
    return "Do not use your email address as password.";
  return null;
}

export const THROTTLE_MAX_FAILURES = 10;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleRecord = { failures: number; windowStartedAt: Date };

/**
 * Is this account+address blocked right now, and for how long? The window starts at the first
 * failure; once it has passed, the count starts again.
 */
export function throttleState(
  record: ThrottleRecord | null,
  now: Date,
): { blocked: false } | { blocked: true; retryAfterSeconds: number } {
  if (!record) return { blocked: false };
  const endsAt = record.windowStartedAt.getTime() + THROTTLE_WINDOW_MS;
  if (endsAt <= now.getTime() || record.failures < THROTTLE_MAX_FAILURES) return { blocked: false };
  return { blocked: true, retryAfterSeconds: Math.ceil((endsAt - now.getTime()) / 1000) };
}

/** The record after one more failure at `now`. */
export function recordFailure(record: ThrottleRecord | null, now: Date): ThrottleRecord {
  if (!record || record.windowStartedAt.getTime() + THROTTLE_WINDOW_MS <= now.getTime()) {
    return { failures: 1, windowStartedAt: now };
  }
  return { failures: record.failures + 1, windowStartedAt: record.windowStartedAt };
}

export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** Kid PINs are exactly four digits. */
export const PIN_PATTERN = /^\d{4}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** Emails are compared case-insensitively: stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
