// Small signed statements (HMAC-SHA256 with the app secret, one key per purpose): the login ticket
// and the tablet's "this kid is unlocked" pass. Tamper-proof and self-expiring; not secret.
import { createHmac, timingSafeEqual } from "node:crypto";

function sign(purpose: string, payload: string, secret: string): string {
  return createHmac("sha256", `${purpose}:${secret}`).update(payload).digest("base64url");
}

export function signPayload(purpose: string, data: object, secret: string): string {
  const payload = Buffer.from(JSON.stringify(data)).toString("base64url");
  return `${payload}.${sign(purpose, payload, secret)}`;
}

/** The data if the signature is right and `expiresAt` (ms) is in the future; otherwise null. */
export function readPayload<T extends { expiresAt: number }>(
  purpose: string,
  token: string,
  secret: string,
  now = Date.now(),
): Partial<T> | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(purpose, payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString()) as Partial<T>;
    if (typeof data.expiresAt !== "number" || data.expiresAt < now) return null;
    return data;
  } catch {
    return null;
  }
}
