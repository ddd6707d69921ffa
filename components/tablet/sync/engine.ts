"use client";
// Sends the queue (./queue.ts) to POST /tablet/sync: at start, when the network comes back, when
// the tablet is looked at again, after each tap, and every 30 s, waiting longer after each failure
// (up to 5 minutes). One batch at a time, in order. Taps stay queued until the server has
// answered for them; a tap the server refused leaves the queue (parents see it on the Family
// page), so the queue can never jam.
import { SYNC_BATCH, type SyncResponse, type Tap, type TapResult } from "@/lib/tablet/sync-schema";
import { onQueueChange, queuedTaps, removeTaps } from "./queue";

export type SyncState = {
  /** Taps not yet answered by the server. */
  waiting: number;
  /** The last attempt failed (offline, server unreachable): the queue will be tried again. */
  offline: boolean;
};

type Answered = { taps: Tap[]; results: TapResult[]; balances: SyncResponse["balances"] };

const EVERY_MS = 30_000;
const MAX_BACKOFF_MS = 5 * 60_000;

let state: SyncState = { waiting: 0, offline: false };
let running: Promise<void> | null = null;
let again = false;
let failures = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Ids of taps in the request on the way: an undo must not cancel those locally. */
const inFlight = new Set<string>();

// Reading the next batch and taking a tap back must not interleave, or a tap could be both
// cancelled here and sent: a promise chain runs them one after the other.
let queueLock: Promise<unknown> = Promise.resolve();
function withQueueLock<T>(work: () => Promise<T>): Promise<T> {
  const run = queueLock.then(work, work);
  queueLock = run.catch(() => undefined);
  return run;
}

/**
 * Takes a queued tap back before it is sent (an undo of a check that never left the tablet).
 * False when it is on its way or already answered: then the undo must be sent as a tap too.
 */
export function cancelQueued(id: string): Promise<boolean> {
  return withQueueLock(async () => !inFlight.has(id) && (await removeTaps([id])) > 0);
}

const stateListeners = new Set<(state: SyncState) => void>();
const answerListeners = new Set<(answer: Answered) => void>();

export function onSyncState(listener: (state: SyncState) => void) {
  stateListeners.add(listener);
  listener(state);
  return () => void stateListeners.delete(listener);
}
/** Called with the server's answers after each batch (results per tap, kids' stars). */
export function onAnswered(listener: (answer: Answered) => void) {
  answerListeners.add(listener);
  return () => void answerListeners.delete(listener);
}

function setState(next: Partial<SyncState>) {
  state = { ...state, ...next };
  stateListeners.forEach((listener) => listener(state));
}

async function sendAll() {
  for (;;) {
    const { queued, batch } = await withQueueLock(async () => {
      const queued = await queuedTaps();
      const batch = queued.slice(0, SYNC_BATCH).map(({ seq: _seq, ...tap }) => tap);
      batch.forEach((tap) => inFlight.add(tap.id));
      return { queued, batch };
    });
    setState({ waiting: queued.length });
    if (queued.length === 0) return;
    // The batch stays "on its way" until its answer has been read and its taps taken out of the
    // queue. Released when the answer's headers arrived, a tap the server had already stored
    // could still be cancelled from the queue in that moment (a kid's quick tap-again), and the
    // undo was never sent: the check came back on the next refresh (seen in CI, leg 2b).
    try {
      let response: Response;
      try {
        response = await fetch("/tablet/sync", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ taps: batch, waiting: queued.length - batch.length }),
          cache: "no-store",
        });
      } catch {
        throw new Error("offline");
      }
      if (response.status === 401 || response.status === 403) {
        // No longer the family tablet: the server kept the taps for parents; a reload shows setup.
        await removeTaps(batch.map((tap) => tap.id));
        window.location.reload();
        return;
      }
      if (!response.ok) throw new Error(`sync answered ${response.status}`);
      const answer = (await response.json()) as SyncResponse;
      // A page on its way out (a reload) that reads its answer now would take the taps out of the
      // queue after the next page was rendered from the server's state before them: that page
      // would show them unchecked. They stay queued instead; the next page sends them again (stored
      // once, by their ids), and its answer refreshes it to the server's state (seen in CI).
      if (leaving) return;
      await removeTaps(answer.results.map((result) => result.id));
      answerListeners.forEach((listener) => listener({ ...answer, taps: batch }));
    } finally {
      batch.forEach((tap) => inFlight.delete(tap.id));
    }
  }
}

function schedule() {
  clearTimeout(timer);
  const wait = Math.min(EVERY_MS * 2 ** failures, MAX_BACKOFF_MS);
  timer = setTimeout(() => void syncNow(), wait);
}

/** Sends what is queued now (or right after the batch on its way). */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await sendAll();
        failures = 0;
        setState({ offline: false });
      } catch {
        failures = Math.min(failures + 1, 10);
        setState({ offline: true });
        break;
      }
    } while (again);
  })().finally(() => {
    running = null;
    schedule();
  });
  return running;
}

let started = false;
let leaving = false;
/** Starts syncing for the life of the page (idempotent). */
export function startSync() {
  if (started) return;
  started = true;
  const now = () => void syncNow();
  // A network that just came back often fails its first request (Wi-Fi still joining): try
  // again after 2 and 6 s too, rather than wait out the backoff. Nothing is sent if nothing waits.
  const back = () => {
    now();
    for (const ms of [2_000, 6_000]) setTimeout(now, ms);
  };
  window.addEventListener("online", back);
  window.addEventListener("beforeunload", () => void (leaving = true));
  // Back from the back-forward cache: the page lives on.
  window.addEventListener("pageshow", () => void (leaving = false));
  window.addEventListener("focus", now);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") now();
  });
  onQueueChange(() => void queuedTaps().then((taps) => setState({ waiting: taps.length })));
  now();
}
