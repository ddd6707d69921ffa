// The family tablet's service worker (issue 15, decision 015), built with Serwist after
// `next build` (scripts/lib/service-worker.ts) and served at /sw.js for the /tablet scope.
//
// - Precached: the app's own static files (.next/static), so the tablet's pages start offline.
// - Tablet pages (/tablet, a kid's day): network first, the last good copy when the network is
//   down or slower than 3 s.
// - The family's photos and recorded voices (/media/…): from the cache once fetched. A media id
//   never changes content (decision 017), so a kept copy is never stale, and they work offline. Each copy keeps the Content-Security-Policy it was served with, so
//   its nonce still matches its scripts. A PIN pad never replaces a kept day.
// - Everything else of the tablet's pages, including POST /tablet/sync: the network, fetched from
//   here. Parent pages are outside the worker's scope.
import {
  CacheFirst,
  CacheableResponsePlugin,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
} from "serwist";
import type { PrecacheEntry, SerwistGlobalConfig, SerwistPlugin } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const TABLET_PAGE = /^\/tablet(\/kid\/[^/]+)?\/?$/;
const PAGES_CACHE = "tablet-pages";
/** The server renders a PIN kid's page as this pad when the kid's pass has ended. */
const PIN_PAD = "data-tablet-pin-pad";

const isPinPad = async (response: Response) => (await response.clone().text()).includes(PIN_PAD);

/**
 * A PIN kid's page comes back as the PIN pad whenever their pass has ended (the faces page asks
 * for every kid's page right after ending it). It never replaces their day, kept while the pass
 * held: offline, that day opens behind the tablet's own PIN check (decision 015).
 */
const keepTheKidsDay: SerwistPlugin = {
  async cacheWillUpdate({ request, response }) {
    if (!(await isPinPad(response))) return response;
    const kept = await caches.match(request, { cacheName: PAGES_CACHE, ignoreVary: true });
    return kept && !(await isPinPad(kept)) ? null : response;
  },
};

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
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 3,
        plugins: [
          // Only real pages: never a redirect to setup or an error page in place of a kid's day.
          new CacheableResponsePlugin({ statuses: [200] }),
          keepTheKidsDay,
          new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 7 * 24 * 60 * 60 }),
        ],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === "GET" && url.pathname.startsWith("/media/"),
      handler: new CacheFirst({
        cacheName: "family-media",
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 90 * 24 * 60 * 60 }),
        ],
      }),
    },
  ],
});

// Every other request of the tablet's pages (taps sent to /tablet/sync, the PIN's server action,
// Next's fetches) goes to the network from here too, rather than falling through the worker: the
// same network, one path for all of them, and the one the browser tests cut to go offline
// (Chromium's offline switch missed some requests that fell through, and the tests flickered).
for (const method of ["GET", "POST"] as const) serwist.setDefaultHandler(new NetworkOnly(), method);

serwist.addEventListeners();
