import "server-only";
// The one attempt limiter for every secret the app checks with a password (SECURITY.md 7, 9a):
// signing in, leaving tablet mode, confirming a password; and for signing up. The order is the
// point:
//
//   1. reserve: one INSERT … ON CONFLICT DO UPDATE … RETURNING counts this attempt and returns the
//      count, atomically, before anything else happens. 300 guesses sent at once get the counts
//      1…300, so only the first `max` ever reach step 2. Nothing here writes a state computed
//      from an earlier read, and a database error is "blocked", never "allowed".
//   2. check the secret, only when the reservation is within the limit;
//   3. a right secret clears the key; a wrong one stays counted (it was counted in step 1).
//
// The rules (window, verdict) are pure functions in lib/auth/rules.ts. Kid PINs have the same
// shape on their own columns (lib/tablet/queries.ts: checkKidPin), because the tablet shows a
// kid's lock.
import { createHash } from "node:crypto";
import { attemptVerdict, type AttemptLimit, type AttemptWindow } from "@/lib/auth/rules";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Reservation =
  | { allowed: true; attemptsLeft: number; retryAfterSeconds: number }
  | { allowed: false; retryAfterSeconds: number; reason: "limit" | "unavailable" };

/** A database error is never a free attempt: try again in a minute. */
const UNAVAILABLE: Reservation = { allowed: false, retryAfterSeconds: 60, reason: "unavailable" };

// The client is a parameter so tests can play two app instances.
type Client = Pick<PrismaClient, "$queryRaw" | "attemptLimit">;

/** The stored key: the purpose in clear (for a person reading the table), the subject hashed. */
export function attemptKey(limit: AttemptLimit, ...subject: string[]): string {
  return `${limit.purpose}:${createHash("sha256").update(subject.join("\n")).digest("hex")}`;
}

/** Counts one attempt for `key` (countAttempt in SQL) and returns the window it made. */
export async function countAttemptIn(
  client: Client,
  key: string,
  now: Date,
  limit: AttemptLimit,
): Promise<AttemptWindow | undefined> {
  const windowStart = new Date(now.getTime() - limit.windowMs);
  const rows = await client.$queryRaw<AttemptWindow[]>`
    INSERT INTO attempt_limits ("key", "attempts", "windowStartedAt", "updatedAt")
    VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN attempt_limits."windowStartedAt" <= ${windowStart}
                        THEN 1 ELSE attempt_limits."attempts" + 1 END,
      "windowStartedAt" = CASE WHEN attempt_limits."windowStartedAt" <= ${windowStart}
                               THEN ${now} ELSE attempt_limits."windowStartedAt" END,
      "updatedAt" = ${now}
    RETURNING "attempts", "windowStartedAt"`;
  return rows[0];
}

/** Counts one attempt for `key` and says whether it may go on. */
export async function reserveAttempt(
  limit: AttemptLimit,
  key: string,
  now = new Date(),
  client: Client = db,
): Promise<Reservation> {
  let window: AttemptWindow | undefined;
  try {
    window = await countAttemptIn(client, key, now, limit);
  } catch (error) {
    console.warn(`[attempts] could not count a ${limit.purpose} attempt: refused`, error);
    return UNAVAILABLE;
  }
  if (!window) return UNAVAILABLE;
  const verdict = attemptVerdict(window, now, limit);
  return verdict.allowed ? verdict : { ...verdict, allowed: false, reason: "limit" };
}

/** A right secret: the count starts again. */
export async function clearAttempts(key: string, client: Client = db) {
  await client.attemptLimit.deleteMany({ where: { key } });
}

export type Checked<T> =
  | { ok: true; value: T }
  | { ok: false; blocked: false; attemptsLeft: number }
  | { ok: false; blocked: true; retryAfterSeconds: number; reason: "limit" | "unavailable" };

/**
 * Reserve → check → clear on success. `check` runs only for an attempt within the limit and
 * returns the value of a right secret, or null for a wrong one. A wrong secret that used the last
 * attempt answers "blocked" at once, so the person learns of the wait now, not on the next try.
 */
export async function limitedCheck<T>(
  limit: AttemptLimit,
  key: string,
  check: () => Promise<T | null>,
  now = new Date(),
): Promise<Checked<T>> {
  const reservation = await reserveAttempt(limit, key, now);
  if (!reservation.allowed) return { ok: false, blocked: true, ...reservation };
  const value = await check();
  if (value !== null) {
    await clearAttempts(key);
    return { ok: true, value };
  }
  if (reservation.attemptsLeft === 0) {
    const { retryAfterSeconds } = reservation;
    return { ok: false, blocked: true, retryAfterSeconds, reason: "limit" };
  }
  return { ok: false, blocked: false, attemptsLeft: reservation.attemptsLeft };
}
