// Pure authentication rules: password policy, login throttling window, PIN format.
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";
import { type Sentence, type Words, sentence } from "@/lib/i18n/sentence";
import { atLeastCharacters, atMostCharacters } from "@/lib/validation/text";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): Words | null {
  // Length in characters as a person counts them (emoji and accents count as one).
  const length = [...password].length;
  if (length < PASSWORD_MIN) return atLeastCharacters(PASSWORD_MIN);
  if (length > PASSWORD_MAX) return atMostCharacters(PASSWORD_MAX);
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower))
    return "This password is one of the most common ones. Pick another.";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower === local)
    return "Do not use your email address as password.";
  return null;
}

// ── attempt limits ──────────────────────────────────────────────────────────────────────────────
// The rules of lib/auth/attempts.ts, which applies them in one SQL statement; an integration
// property test checks that the statement and these functions agree.

export type AttemptLimit = { purpose: string; max: number; windowMs: number };

const MINUTE = 60_000;

/** SECURITY.md 7: 10 sign-ins per account and client address in 15 minutes. */
export const SIGN_IN: AttemptLimit = { purpose: "sign-in", max: 10, windowMs: 15 * MINUTE };
/** Leaving tablet mode asks for a parent's password: the same limit, per email and tablet. */
export const TABLET_EXIT: AttemptLimit = { purpose: "tablet-exit", max: 10, windowMs: 15 * MINUTE };
/** Changing the email or password re-checks the current password: per account. */
export const PASSWORD_CONFIRMATION: AttemptLimit = {
  purpose: "confirm-password",
  max: 10,
  windowMs: 15 * MINUTE,
};
/** New accounts per client address (every direct client is one address: client-address.ts). */
export const SIGN_UP_PER_ADDRESS: AttemptLimit = {
  purpose: "sign-up-address",
  max: 20,
  windowMs: 60 * MINUTE,
};
/** New accounts on the whole instance per minute: a family app never sees more than a few. */
export const SIGN_UP_GLOBAL: AttemptLimit = { purpose: "sign-up-all", max: 30, windowMs: MINUTE };

/** Issue 19: a trigger address (a button, a tag) fires at most 30 times a minute. */
export const TRIGGER: AttemptLimit = { purpose: "trigger", max: 30, windowMs: MINUTE };

export type AttemptWindow = { attempts: number; windowStartedAt: Date };

/**
 * The window after one more attempt at `now`. The window starts at the first attempt; once it has
 * passed, the next attempt starts a new one.
 */
export function countAttempt(
  record: AttemptWindow | null,
  now: Date,
  limit: AttemptLimit,
): AttemptWindow {
  if (!record || record.windowStartedAt.getTime() + limit.windowMs <= now.getTime()) {
    return { attempts: 1, windowStartedAt: now };
  }
  return { attempts: record.attempts + 1, windowStartedAt: record.windowStartedAt };
}

export type Verdict =
  | { allowed: true; attemptsLeft: number; retryAfterSeconds: number }
  | { allowed: false; attemptsLeft: 0; retryAfterSeconds: number };

/**
 * May the attempt that made this window go on? The first `max` of a window may; every later one
 * is refused until the window ends. `retryAfterSeconds` is how long the window still runs.
 */
export function attemptVerdict(window: AttemptWindow, now: Date, limit: AttemptLimit): Verdict {
  const endsAt = window.windowStartedAt.getTime() + limit.windowMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
  if (window.attempts > limit.max) return { allowed: false, attemptsLeft: 0, retryAfterSeconds };
  return { allowed: true, attemptsLeft: limit.max - window.attempts, retryAfterSeconds };
}

export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** What a person reads when an attempt limit refused them. */
export function tooManyAttempts(retryAfterSeconds: number): Sentence {
  return sentence(
    "Too many attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.",
    { minutes: minutesToWait(retryAfterSeconds) },
  );
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
