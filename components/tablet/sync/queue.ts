"use client";
// The tablet's queue of taps, in IndexedDB (idb): a tap is stored here before anything is sent,
// so a reload, a closed page or a dropped network loses nothing; lib/tablet/sync.ts applies them
// in order on the server, and the client event id makes a repeat harmless. Decision 015.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Tap } from "@/lib/tablet/sync-schema";

export type QueuedTap = Tap & { seq?: number };

interface TabletDb extends DBSchema {
  taps: { key: number; value: QueuedTap; indexes: { id: string } };
}

let opened: Promise<IDBPDatabase<TabletDb>> | undefined;

function database() {
  opened ??= openDB<TabletDb>("family-tablet", 1, {
    upgrade(db) {
      // seq (auto-increment) keeps the order taps were made in; id finds one tap.
      const taps = db.createObjectStore("taps", { keyPath: "seq", autoIncrement: true });
      taps.createIndex("id", "id", { unique: true });
    },
  });
  return opened;
}

const listeners = new Set<() => void>();
/** Called whenever the queue changes (a tap added, sent or cancelled). */
export function onQueueChange(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

export async function enqueue(tap: Tap) {
  await (await database()).add("taps", tap);
  changed();
}

/** Every queued tap, oldest first. */
export async function queuedTaps(): Promise<QueuedTap[]> {
  return (await database()).getAll("taps");
}

/** Removes taps by id; answers how many were still there. */
export async function removeTaps(ids: string[]): Promise<number> {
  const db = await database();
  const tx = db.transaction("taps", "readwrite");
  let removed = 0;
  for (const id of ids) {
    const key = await tx.store.index("id").getKey(id);
    if (key === undefined) continue;
    await tx.store.delete(key);
    removed++;
  }
  await tx.done;
  changed();
  return removed;
}
