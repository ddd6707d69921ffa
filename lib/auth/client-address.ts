// The address a login attempt comes from, for throttling.
//
// Next's server fills X-Forwarded-For from the socket only when the request has none, so a client
// can put anything there. Unless TRUST_PROXY says a reverse proxy appends the real address (we then
// take the right-most entry, the one the proxy saw), every direct client counts as one address:
// throttling then works per account, which a spoofed header cannot reset. See
// docs/decisions/004-sessions-and-login-throttling.md.
import { env } from "@/lib/env";

export const UNTRUSTED_ADDRESS = "direct";

export function clientAddress(headers: Headers, trustProxy = env().TRUST_PROXY): string {
  if (!trustProxy) return UNTRUSTED_ADDRESS;
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || UNTRUSTED_ADDRESS;
}
