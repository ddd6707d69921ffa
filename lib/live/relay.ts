// The relay of live changes (issue 22, decision 030). The live triggers note each changed family
// in live_changes inside the changing transaction, instead of sending NOTIFY there: a transaction
// that notified holds a cluster-wide lock through its commit's flush to disk, so check-offs
// committed one at a time. One process of the cluster (whichever holds the relay's advisory lock
// on its listening connection) takes the notes every RELAY_MS and sends one NOTIFY family_change
// per family, from a transaction that writes nothing durable: its commit waits on no flush, so
// the lock is held for microseconds. Every process's listener then hears it as before.
//
// The other processes try for the lock every CLAIM_MS, so when the relay's process or connection
// goes, another takes over within a second; notes made meanwhile wait in the table and are sent
// then. The cost is one statement per RELAY_MS for the whole cluster, whatever the number of
// processes or open pages.
import "server-only";
import type pg from "pg";

/** How often the relay takes the notes: the most a change waits before it is announced. */
export const RELAY_MS = 50;
/** How often a process that is not the relay tries to become it. */
export const CLAIM_MS = 1_000;
/** The advisory lock that makes a process the relay (any constant; this one names the job). */
const RELAY_LOCK = "SELECT pg_try_advisory_lock(hashtextextended('live_changes relay', 0)) AS won";

/**
 * Takes every note, and announces each family once. The DELETE and the NOTIFYs are one statement,
 * so one transaction: notes are gone exactly when their notifications are sent. Two relays at once
 * (never meant to happen) would still announce each note once: a row is deleted by one of them.
 */
const RELAY = `
  WITH taken AS (DELETE FROM live_changes RETURNING "familyId")
  SELECT pg_notify('family_change', f."familyId"::text)
  FROM (SELECT DISTINCT "familyId" FROM taken) f`;

let relaying = false;

/**
 * Runs the relay duty on this listening connection while it lasts: tries for the lock, and once
 * it holds it, relays. Returns the function that stops it (the connection was lost; the lock goes
 * with the connection's session).
 */
export function attachRelay(client: pg.Client): () => void {
  let stopped = false;
  let holder = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  async function tick() {
    try {
      if (!holder) {
        holder = (await client.query<{ won: boolean }>(RELAY_LOCK)).rows[0]?.won === true;
        // Its transactions write only unlogged rows: nothing to flush, nothing to wait for.
        if (holder) await client.query("SET synchronous_commit = off");
      }
      relaying = holder && !stopped;
      if (holder) await client.query(RELAY);
    } catch {
      // The connection broke: lib/db-events.ts stops this relay and attaches a new one when it
      // reconnects. Any other error (the table missing before a migration ran) is tried again.
    }
    schedule(holder ? RELAY_MS : CLAIM_MS);
  }
  void tick();
  return () => {
    stopped = true;
    relaying = false;
    clearTimeout(timer);
  };
}

/** Whether this process is the cluster's relay right now (health, tests). */
export function isRelay(): boolean {
  return relaying;
}
