"use client";
// The tablet's offline PIN (lib/tablet/offline-pin.ts) over this browser's localStorage, and a
// subscription for screens that show whether the kid's pass holds (useSyncExternalStore).
import { createOfflinePin, type OfflinePin } from "@/lib/tablet/offline-pin";

let instance: OfflinePin | undefined;
const listeners = new Set<() => void>();

export function offlinePin(): OfflinePin {
  instance ??= createOfflinePin(window.localStorage, {
    onPassChange: () => listeners.forEach((listener) => listener()),
  });
  return instance;
}

/** Calls `listener` whenever the tablet's pass starts or ends. */
export function onPassChange(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
