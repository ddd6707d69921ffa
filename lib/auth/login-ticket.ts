// A short-lived, signed statement "user U with session version V just proved their password".
// Our own sign-in action checks the password (with throttling) and hands next-auth a ticket; the
// credentials provider accepts only tickets. So next-auth's public callback endpoint can never be
// used to guess passwords, and there is exactly one place that verifies them.
import { createHmac, timingSafeEqual } from "node:crypto";

const TICKET_TTL_MS = 60_000;

type Ticket = { userId: string; sessionVersion: number; expiresAt: number };

function sign(payload: string, secret: string): string {
  return createHmac("sha256", `login-ticket:${secret}`).update(payload).digest("base64url");
}

export function issueLoginTicket(
  userId: string,
  sessionVersion: number,
  secret: string,
  now = Date.now(),
): string {
  const payload = Buffer.from(
    JSON.stringify({ userId, sessionVersion, expiresAt: now + TICKET_TTL_MS } satisfies Ticket),
  ).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export function readLoginTicket(ticket: string, secret: string, now = Date.now()): Ticket | null {
  const [payload, signature] = ticket.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString()) as Partial<Ticket>;
    if (typeof parsed.userId !== "string" || typeof parsed.sessionVersion !== "number") return null;
    if (typeof parsed.expiresAt !== "number" || parsed.expiresAt < now) return null;
    return parsed as Ticket;
  } catch {
    return null;
  }
}
