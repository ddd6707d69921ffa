// Random bearer secrets (invitation links, tablet devices): shown or stored client-side once,
// kept server-side only as a SHA-256, so a database leak does not leak usable tokens.
import { createHash, randomBytes } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}
