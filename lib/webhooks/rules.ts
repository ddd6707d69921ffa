// Webhook signatures (issue 19): HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret,
// sent as `Family-Routines-Signature: t=<unix seconds>,v1=<hex>`. A receiver recomputes it and
// refuses a timestamp outside its replay window (5 minutes), so a captured request cannot be
// replayed later. The same scheme as Stripe's, so receivers' existing code fits.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Family-Routines-Signature";
export const REPLAY_WINDOW_SECONDS = 5 * 60;
/** Deliveries that fail for good in a row before the endpoint is disabled with a notice. */
export const DISABLE_AFTER_FAILURES = 5;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value for `body` sent at `now`. */
export function signatureHeader(secret: string, body: string, now = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/**
 * What a receiver does (documented for them, and used by the tests): true only for a signature
 * made with `secret` over exactly `body`, within the replay window of `now`.
 */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  now = new Date(),
): boolean {
  const parts = Object.fromEntries(
    (header ?? "").split(",").map((part) => part.split("=", 2) as [string, string]),
  );
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || typeof parts.v1 !== "string") return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > REPLAY_WINDOW_SECONDS) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
