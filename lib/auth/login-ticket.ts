// A short-lived, signed statement "user U with session version V just proved their password".
// Our own sign-in action checks the password (with throttling) and hands next-auth a ticket; the
// credentials provider accepts only tickets. So next-auth's public callback endpoint can never be
// used to guess passwords, and there is exactly one place that verifies them.
import { readPayload, signPayload } from "@/lib/auth/signed-payload";

const TICKET_TTL_MS = 60_000;
const PURPOSE = "login-ticket";

type Ticket = { userId: string; sessionVersion: number; expiresAt: number };

export function issueLoginTicket(
  userId: string,
  sessionVersion: number,
  secret: string,
  now = Date.now(),
): string {
  return signPayload(
    PURPOSE,
    { userId, sessionVersion, expiresAt: now + TICKET_TTL_MS } satisfies Ticket,
    secret,
  );
}

export function readLoginTicket(ticket: string, secret: string, now = Date.now()): Ticket | null {
  const data = readPayload<Ticket>(PURPOSE, ticket, secret, now);
  if (!data || typeof data.userId !== "string" || typeof data.sessionVersion !== "number")
    return null;
  return data as Ticket;
}
