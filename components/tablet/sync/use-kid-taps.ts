"use client";
// A kid's screen on top of the queue: what the server said when the page loaded, plus the taps
// made since, in order, until the server's answer has come back into the page. A tap shows at
// once, online or not; nothing here waits for the network.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import type { Tap } from "@/lib/tablet/sync-schema";
import { debounce, type Debounced } from "@/lib/timers";
import {
  cancelQueued,
  onAnswered,
  onSyncState,
  startSync,
  syncNow,
  type SyncState,
} from "./engine";
import { enqueue, onQueueChange, queuedTaps } from "./queue";

/** A tap as a screen makes it; the hook adds its id, the kid and the time. */
export type NewTap = Tap extends infer T
  ? T extends Tap
    ? Omit<T, "id" | "at" | "kidId">
    : never
  : never;

/** An answered tap laid on top until the props of the refresh asked for after it arrive. */
type Settling = { tap: Tap; refresh: number };

/**
 * The page's refresh after answered taps waits for a pause this long in the answers, and at most
 * REFRESH_AT_MOST_MS. Nothing on the kid's screen waits for it: her taps are laid on top and her
 * stars come with the answer. Asked at once, each answer's render of the whole day ran beside the
 * parent's live dashboard rendering the same tap, on the same server (bench:live); a kid tapping
 * through a card now costs one render, not one per tap. The cap is long because a refresh that
 * comes while she still taps slows the tap beside it (bench:live: p50 300-560 ms against 240-400;
 * with a 6 s cap every ninth tap of a kid who never paused); she pauses between cards, and then
 * it comes.
 */
const REFRESH_PAUSE_MS = 1_500;
const REFRESH_AT_MOST_MS = 30_000;

/**
 * `serverVersion` changes when the page's props come back from the server (after a refresh): the
 * taps answered before that refresh was asked for are in those props, so they stop being laid on
 * top. Taps answered since stay: an undo answered while an earlier refresh was on its way would
 * otherwise flash back to checked, or stay so if Next merged the later refresh into it.
 */
export function useKidTaps(kidId: string, serverVersion: unknown, onStars: (n: number) => void) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [queued, setQueued] = useState<Tap[]>([]);
  const [settling, setSettling] = useState<Settling[]>([]);
  // The refreshes asked for and not yet arrived, oldest first (props arrive in that order).
  const [refreshes, setRefreshes] = useState<number[]>([]);
  const lastRefresh = useRef(0);
  const [settledFor, setSettledFor] = useState(serverVersion);
  if (settledFor !== serverVersion) {
    setSettledFor(serverVersion);
    // Props not from one of ours (the new day, a navigation) are newer than every answer.
    const upTo = refreshes[0] ?? Infinity;
    setRefreshes(refreshes.slice(1));
    setSettling(settling.filter((s) => s.refresh > upTo));
  }
  const [sync, setSync] = useState<SyncState>({ waiting: 0, offline: false });
  const local = useRef(new Map<string, Tap>()); // added here, maybe not yet in IndexedDB
  const writes = useRef(new Map<string, Promise<void>>());
  // Reads of the queue can answer out of order, and one started before an undo took a tap out
  // can still list it: only the latest read counts, and a taken-back tap never comes back.
  const reads = useRef(0);
  const cancelled = useRef(new Set<string>());

  const refreshNow = useEffectEvent(() => {
    // The network went in the pause: Next answers a refresh it cannot fetch by loading the whole
    // page, a flash for the kid (the service worker's copy at best). The next answer asks again.
    if (!navigator.onLine) return;
    setRefreshes((current) => [...current, ++lastRefresh.current]);
    startTransition(() => router.refresh());
  });
  const later = useRef<Debounced | null>(null);
  useEffect(() => {
    const calls = debounce(() => refreshNow(), REFRESH_PAUSE_MS, REFRESH_AT_MOST_MS);
    later.current = calls;
    // Leaving with a refresh still to come (the kid went to her rewards or the faces right after
    // a tap): asked now, it clears the router's cache, so the back button does not bring her day
    // back as it was before her last taps.
    return calls.flush;
  }, []);

  const answered = useEffectEvent((taps: Tap[], balances: Record<string, number>) => {
    if (balances[kidId] !== undefined) onStars(balances[kidId]!);
    // Laid on top until the props of the next refresh asked for, which carries this number.
    const refresh = lastRefresh.current + 1;
    const mine = taps.filter((t) => t.kidId === kidId).map((tap) => ({ tap, refresh }));
    setSettling((current) => [...current, ...mine]);
    later.current?.call();
  });

  useEffect(() => {
    startSync();
    let alive = true;
    const load = () => {
      const read = ++reads.current;
      void queuedTaps().then((taps) => {
        if (!alive || read !== reads.current) return;
        const stored = taps
          .filter((t) => t.kidId === kidId && !cancelled.current.has(t.id))
          .map(({ seq: _seq, ...t }) => t);
        const ids = new Set(stored.map((t) => t.id));
        for (const id of ids) local.current.delete(id);
        setQueued([...stored, ...[...local.current.values()].filter((t) => !ids.has(t.id))]);
      });
    };
    load();
    const offQueue = onQueueChange(load);
    const offState = onSyncState(setSync);
    const offAnswers = onAnswered(({ taps, results, balances }) => {
      const done = new Set(results.filter((r) => r.status === "done").map((r) => r.id));
      answered(
        taps.filter((t) => done.has(t.id)),
        balances,
      );
    });
    return () => {
      alive = false;
      offQueue();
      offState();
      offAnswers();
    };
  }, [kidId]);

  const add = useCallback(
    (tap: NewTap) => {
      const full = { ...tap, id: crypto.randomUUID(), kidId, at: new Date().toISOString() } as Tap;
      local.current.set(full.id, full);
      setQueued((current) => [...current, full]);
      const write = enqueue(full);
      writes.current.set(full.id, write);
      void write.then(() => {
        writes.current.delete(full.id);
        return syncNow();
      });
      return full;
    },
    [kidId],
  );

  /** Takes a tap back before it was sent; false when it is on its way or already answered. */
  const cancel = useCallback(async (id: string) => {
    await writes.current.get(id); // stored first, so it can be taken out for good
    const removed = await cancelQueued(id);
    if (removed) {
      cancelled.current.add(id);
      local.current.delete(id);
      setQueued((current) => current.filter((t) => t.id !== id));
    }
    return removed;
  }, []);

  return { taps: [...settling.map((s) => s.tap), ...queued], sync, add, cancel };
}
