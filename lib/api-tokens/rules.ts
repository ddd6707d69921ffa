// API tokens: what a token looks like and when it counts. Pure, so the rules are unit-tested.
import { hashToken, newSecretToken } from "@/lib/auth/tokens";

/** Recognisable in logs and secret scanners, like GitHub's `ghp_`. */
export const TOKEN_PREFIX = "frt_";
/** Characters of the token kept in clear to tell tokens apart in the list (prefix + 8). */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 8;

export const TOKEN_EXPIRY_DAYS = [30, 90, 365] as const;
/** `lastUsedAt` is written at most this often per token, so reads do not become writes. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type TokenScope = "READ" | "READ_WRITE";

/** Postgres NOTIFY channel that tells every app instance to forget cached tokens (lib/api-tokens/cache.ts). */
export const TOKEN_CHANNEL = "api_tokens";

export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = TOKEN_PREFIX + newSecretToken().token;
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, SHOWN_LENGTH) };
}

export const hashApiToken = hashToken;

/** The token from an `Authorization: Bearer …` header, or null when there is none or it is malformed. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  // The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are Bearer too.
  const match = /^Bearer +([A-Za-z0-9_-]{20,200})$/i.exec(header.trim());
  return match?.[1] ?? null;
}

export type TokenState = { revokedAt: Date | null; expiresAt: Date | null };

export function tokenStatus(token: TokenState, now: Date): "active" | "revoked" | "expired" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

export function tokenExpiry(days: number | null, now: Date): Date | null {
  return days === null ? null : new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

export function needsLastUsedUpdate(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
