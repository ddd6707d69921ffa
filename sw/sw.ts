// The family tablet's service worker (issue 15, decision 015), built with Serwist after
// `next build` (scripts/lib/service-worker.ts) and served at /sw.js for the /tablet scope.
//
// - Precached: the app's own static files (.next/static), so the tablet's pages start offline.
// - Tablet pages (/tablet, a kid's day): network first, the last good copy when the network is
//   down or slower than 3 s. Each copy keeps the Content-Security-Policy it was served with, so
//   its nonce still matches its scripts.
// - Everything else, including POST /tablet/sync and every parent page: the network, untouched.
import { CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, Serwist } from "serwist";
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const TABLET_PAGE = /^\/tablet(\/kid\/[^/]+)?\/?$/;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // The faces and a kid's day, as pages: a visit, or the faces page asking for them to be
      // kept (CACHE_URLS, components/tablet/service-worker.tsx). Not Next's RSC fetches: their
      // answers depend on the page they come from; without a network, Next falls back to
      // loading the page, which this serves.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin &&
        request.method === "GET" &&
        TABLET_PAGE.test(url.pathname) &&
        !url.searchParams.has("_rsc") &&
        request.headers.get("RSC") !== "1",
      handler: new NetworkFirst({
        cacheName: "tablet-pages",
        networkTimeoutSeconds: 3,
        plugins: [
          // Only real pages: never a redirect to setup or an error page in place of a kid's day.
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 7 * 24 * 60 * 60 }),
        ],
      }),
    },
  ],
});

serwist.addEventListeners();
