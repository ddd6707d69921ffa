// The app's public address (PUBLIC_URL): the base of every address it hands out (calendar feeds,
// trigger addresses), never taken from a request's Host header.
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";

/** `path` on the public address; refused with a clear message while none is configured. */
export function publicAddress(path: string): string {
  const base = env().PUBLIC_URL;
  if (!base)
    throw new DomainError(
      "This server has no public address set (PUBLIC_URL), so it cannot make addresses to share yet.",
    );
  return `${base}${path}`;
}
