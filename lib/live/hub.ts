// The process's fan-out of live changes (issue 22). PostgreSQL sends NOTIFY family_change with a
// family's id whenever something a parent's Today page or the tablet's reward screen shows
// changes (triggers, migration 20261203090000_live_notify); the one LISTEN connection of this
// process (lib/db-events.ts) hands it here, and here it wakes that family's open streams only.
// An idle stream costs no SQL at all: nothing is asked until something changed.
import "server-only";
import { listen, isListening, onListenerReset } from "@/lib/db-events";

/** What a stream is told. */
export type LiveSignal =
  /** Something of the family changed (or may have, after the listener reconnected). */
  | "change"
  /** Changes are heard again: live. */
  | "live"
  /** The listener lost its connection: look now and then until it is back. */
  | "degraded"
  /** The caller's access ended (signed out everywhere, removed, tablet removed). */
  | "end";

export type Subscriber = {
  familyId: string;
  /** "user:<id>" or "tablet:<id>", as the access triggers name them. */
  identity: string;
  send: (signal: LiveSignal) => void;
};

/** Open streams per caller per process: a tab per device is a handful, never hundreds. */
export const MAX_STREAMS_PER_CALLER = 12;

const families = new Map<string, Set<Subscriber>>();
const identities = new Map<string, Set<Subscriber>>();
let wired = false;

function each(map: Map<string, Set<Subscriber>>, key: string, signal: LiveSignal) {
  for (const subscriber of [...(map.get(key) ?? [])]) subscriber.send(signal);
}

function wire() {
  if (wired) return;
  wired = true;
  listen("family_change", (familyId) => each(families, familyId, "change"));
  listen("family_access", (identity) => each(identities, identity, "end"));
  onListenerReset((listening) => {
    // A notification sent while the connection was down is lost: everyone looks once.
    for (const set of families.values())
      for (const subscriber of set) {
        subscriber.send(listening ? "live" : "degraded");
        if (listening) subscriber.send("change");
      }
  });
}

/**
 * Starts listening with the server (instrumentation.ts), so the first parent to open the
 * dashboard finds changes already heard rather than a stream that starts "degraded".
 */
export function startLiveListener() {
  wire();
}

function add(map: Map<string, Set<Subscriber>>, key: string, subscriber: Subscriber) {
  const set = map.get(key) ?? new Set();
  set.add(subscriber);
  map.set(key, set);
}

function remove(map: Map<string, Set<Subscriber>>, key: string, subscriber: Subscriber) {
  const set = map.get(key);
  if (!set) return;
  set.delete(subscriber);
  if (set.size === 0) map.delete(key);
}

/**
 * Registers a stream; null when its caller already holds MAX_STREAMS_PER_CALLER here. Returns
 * whether changes are heard right now, and the function that removes it.
 */
export function subscribe(subscriber: Subscriber): { live: boolean; close: () => void } | null {
  wire();
  if ((identities.get(subscriber.identity)?.size ?? 0) >= MAX_STREAMS_PER_CALLER) return null;
  add(families, subscriber.familyId, subscriber);
  add(identities, subscriber.identity, subscriber);
  return {
    live: isListening(),
    close: () => {
      remove(families, subscriber.familyId, subscriber);
      remove(identities, subscriber.identity, subscriber);
    },
  };
}

/** Open streams in this process (the health of the fan-out, and tests). */
export function openStreams(): number {
  let count = 0;
  for (const set of families.values()) count += set.size;
  return count;
}
