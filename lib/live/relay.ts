// The relay of live changes (issue 22, decision 030). The live triggers note each changed family
// in live_changes inside the changing transaction, instead of sending NOTIFY there: a transaction
// that notified holds a cluster-wide lock through its commit's flush to disk, so check-offs
// committed one at a time. One process of the cluster (whichever holds the relay's advisory lock
// on its listening connection) takes the notes and sends one NOTIFY family_change per family,
// from a transaction that writes nothing durable: its commit waits on no flush, so the lock is
// held for microseconds. Every process's listener then hears it as before.
//
// When does the relay look? A round costs a statement, and on a small machine a statement's
// wake-ups cost more than its SQL, so it does not look on a fixed fast beat:
// - right after its own process used the database (wakeRelay(), called by the app's pool when a
//   connection comes back): a change made by the relay's process, the only one of a single
//   instance, is announced at once;
// - every FAST_MS while changes come (within ACTIVE_MS of the last one): the changes other
//   instances make while a family is busy;
// - every SLOW_MS otherwise: the first change from another instance after a quiet spell, and
//   changes made outside the app (psql, a restore).
// The other processes try for the lock every CLAIM_MS, so when the relay's process or connection
// goes, another takes over within a second; notes made meanwhile wait in the table and are sent
// then.
import "server-only";
import type pg from "pg";

/** The beat while changes come, and how long after the last change it lasts. */
export const FAST_MS = 25;
export const ACTIVE_MS = 120_000;
/** The beat of a quiet cluster. */
export const SLOW_MS = 250;
/** The shortest gap between two rounds, however often the process wakes the relay. */
const MIN_GAP_MS = 20;
/** How often a process that is not the relay tries to become it. */
export const CLAIM_MS = 1_000;
/** The advisory lock that makes a process the relay (any constant; this one names the job). */
const RELAY_LOCK = "SELECT pg_try_advisory_lock(hashtextextended('live_changes relay', 0)) AS won";

/**
 * Takes every note, and announces each family once. The DELETE and the NOTIFYs are one statement,
 * so one transaction: notes are gone exactly when their notifications are sent. Two relays at once
 * (never meant to happen) would still announce each note once: a row is deleted by one of them.
 * Named: planned once for the connection (the listener's, a direct one).
 */
const RELAY = {
  name: "live_relay",
  text: `
  WITH taken AS (DELETE FROM live_changes RETURNING "familyId")
  SELECT pg_notify('family_change', f."familyId"::text)
  FROM (SELECT DISTINCT "familyId" FROM taken) f`,
};

let relaying = false;
let wake: (() => void) | null = null;

/**
 * Runs the relay duty on this listening connection while it lasts: tries for the lock, and once
 * it holds it, relays. Returns the function that stops it (the connection was lost; the lock goes
 * with the connection's session).
 */
export function attachRelay(client: pg.Client): () => void {
  let stopped = false;
  let holder = false;
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let dueAt = Infinity;
  let lastRound = 0;
  let lastChange = 0;

  /** The next round at `at` (epoch ms), unless one is already due sooner. */
  const schedule = (at: number) => {
    if (stopped || at >= dueAt) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(tick, Math.max(0, at - Date.now()));
    timer.unref();
  };

  async function tick() {
    dueAt = Infinity;
    if (running) {
      again = true;
      return;
    }
    running = true;
    lastRound = Date.now();
    try {
      if (!holder) {
        holder = (await client.query<{ won: boolean }>(RELAY_LOCK)).rows[0]?.won === true;
        // Its transactions write only unlogged rows: nothing to flush, nothing to wait for.
        if (holder) await client.query("SET synchronous_commit = off");
      }
      relaying = holder && !stopped;
      if (holder && (await client.query(RELAY)).rowCount) lastChange = Date.now();
    } catch {
      // The connection broke: lib/db-events.ts stops this relay and attaches a new one when it
      // reconnects. Any other error (the table missing before a migration ran) is tried again.
    }
    running = false;
    const now = Date.now();
    if (!holder) schedule(now + CLAIM_MS);
    else if (again) schedule(lastRound + MIN_GAP_MS);
    else schedule(now + (now - lastChange < ACTIVE_MS ? FAST_MS : SLOW_MS));
    again = false;
  }

  wake = () => {
    if (holder) schedule(Math.max(Date.now(), lastRound + MIN_GAP_MS));
  };
  void tick();
  return () => {
    stopped = true;
    relaying = false;
    wake = null;
    clearTimeout(timer);
  };
}

/**
 * This process used the database (a connection came back to the app's pool): if it is the relay,
 * a round soon, so a change it made is announced at once. Costs nothing in the other processes.
 */
export function wakeRelay() {
  wake?.();
}

/** Whether this process is the cluster's relay right now (health, tests). */
export function isRelay(): boolean {
  return relaying;
}
