// Postgres LISTEN/NOTIFY for the app process: one dedicated connection (LISTEN needs a session of
// its own, which the Prisma pool cannot lend) that tells in-process caches when another instance
// (or this one) changed what they hold. Caches must only serve entries while isListening() is
// true, and must drop everything on a reset: a notification missed while the connection was down
// is never redelivered. See docs/decisions/007-json-api.md. The live streams (lib/live/hub.ts) ride
// on the same connection. Behind a pooler in transaction mode (PgBouncer, Supavisor) LISTEN does
// not work: it connects to DATABASE_DIRECT_URL when that is set (docs/deploy.md). The same
// connection carries the relay of live changes when this process is the cluster's relay
// (lib/live/relay.ts): it needs a session of its own too, for its advisory lock.
import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { attachRelay } from "@/lib/live/relay";

type Handler = (payload: string) => void;
/** `listening`: true once notifications flow again (after a connect), false when they stopped. */
type ResetHandler = (listening: boolean) => void;

const handlers = new Map<string, Set<Handler>>();
const resetHandlers = new Set<ResetHandler>();
let client: pg.Client | null = null;
let stopRelay: (() => void) | null = null;
let listening = false;
let starting = false;
let retryMs = 1_000;

function reset(nowListening: boolean) {
  listening = nowListening;
  for (const handler of resetHandlers) handler(nowListening);
}

function scheduleReconnect() {
  const timer = setTimeout(connect, retryMs);
  timer.unref();
  retryMs = Math.min(retryMs * 2, 30_000);
}

async function connect() {
  if (starting || listening) return;
  starting = true;
  const config = env();
  const next = new pg.Client({
    connectionString: config.DATABASE_DIRECT_URL ?? config.DATABASE_URL,
    application_name: "family-routines-listen",
    connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
  });
  const lost = () => {
    if (client !== next) return;
    client = null;
    stopRelay?.();
    stopRelay = null;
    reset(false);
    next.end().catch(() => undefined);
    scheduleReconnect();
  };
  next.on("error", lost);
  next.on("end", lost);
  next.on("notification", (message) => {
    for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? "");
  });
  try {
    await next.connect();
    client = next;
    for (const channel of handlers.keys()) await next.query(`LISTEN "${channel}"`);
    // Anything cached before this moment may have missed a notification: start clean.
    reset(true);
    retryMs = 1_000;
    stopRelay = attachRelay(next);
  } catch (error) {
    console.warn(`[db-events] cannot listen: ${(error as Error).message}`);
    client = null;
    next.end().catch(() => undefined);
    scheduleReconnect();
  } finally {
    starting = false;
  }
}

/** Calls `handler` with each NOTIFY payload on `channel` (a plain identifier). */
export function listen(channel: string, handler: Handler) {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`Bad channel name: ${channel}`);
  const set = handlers.get(channel) ?? new Set();
  const isNew = !handlers.has(channel);
  set.add(handler);
  handlers.set(channel, set);
  if (isNew && client && listening) void client.query(`LISTEN "${channel}"`).catch(() => undefined);
  void connect();
}

/**
 * Called whenever notifications may have been missed: on (re)connect with `true`, once the
 * listener hears again, and with `false` when its connection is lost.
 */
export function onListenerReset(handler: ResetHandler) {
  resetHandlers.add(handler);
}

export function isListening(): boolean {
  return listening;
}

/** The listening connection's server process id (tests end it to see the reconnect), or null. */
export function listenerBackendPid(): number | null {
  return (client as unknown as { processID?: number } | null)?.processID ?? null;
}
