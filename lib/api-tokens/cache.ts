// The API's lean auth path: a token seen in the last minute is answered from memory, not from the
// database. Safe across app instances because every change that matters is announced with
// Postgres NOTIFY (a revoked token, a family's new time zone) and each instance drops the entry
// within milliseconds; while the notification connection is down nothing is served from memory.
// Expiry is checked on every request against the cached expiresAt.
import "server-only";
import { findApiToken, type TokenCaller } from "@/lib/api-tokens/queries";
import { hashApiToken, TOKEN_CHANNEL } from "@/lib/api-tokens/rules";
import { isListening, listen, onListenerReset } from "@/lib/db-events";

const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

const entries = new Map<string, { caller: TokenCaller; at: number }>();
// Bumped by every invalidation: a lookup that started before one must not cache what it read.
let generation = 0;
let subscribed = false;

function evict(match: (caller: TokenCaller) => boolean) {
  generation++;
  for (const [hash, entry] of entries) if (match(entry.caller)) entries.delete(hash);
}

/** NOTIFY payloads: "token:<id>" or "family:<id>". */
export function invalidate(payload: string) {
  const [kind, id] = payload.split(":");
  if (kind === "token") evict((caller) => caller.id === id);
  else if (kind === "family") evict((caller) => caller.familyId === id);
  else evict(() => true);
}

function subscribe() {
  if (subscribed) return;
  subscribed = true;
  listen(TOKEN_CHANNEL, invalidate);
  onListenerReset(() => evict(() => true));
}

export async function cachedApiToken(token: string, now = Date.now()): Promise<TokenCaller | null> {
  subscribe();
  const hash = hashApiToken(token);
  const hit = entries.get(hash);
  if (hit && now - hit.at < TTL_MS && isListening()) return hit.caller;
  const started = generation;
  const caller = await findApiToken(hash);
  if (caller && isListening() && generation === started) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(hash, { caller, at: now });
  } else if (!caller) entries.delete(hash);
  return caller;
}
