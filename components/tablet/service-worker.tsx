"use client";
// Registers the tablet's service worker (sw/sw.ts) for the /tablet pages, so they open without a
// network; parent pages are outside its scope. Then asks it to keep the faces page and each kid's
// day ready, so a kid whose page was never opened on this tablet can still be shown offline.
import { useEffect } from "react";

export function TabletServiceWorker({ pages }: { pages: string[] }) {
  const list = pages.join("\n");
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // Not cancelled when the page moves on: keeping pages ready is worth finishing anyway.
    void navigator.serviceWorker
      .register("/sw.js", { scope: "/tablet" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!navigator.onLine) return;
        // Serwist's worker caches these through the same route as a visit (network first).
        registration.active?.postMessage({
          type: "CACHE_URLS",
          payload: { urlsToCache: list.split("\n").filter(Boolean) },
        });
      })
      .catch(() => undefined); // no worker (dev, an old browser): the tablet works online
  }, [list]);
  return null;
}
