// A kid's day on a throttled tablet (issue 15): Chromium at 4× CPU slowdown, 150 ms round trips,
// 1.6 Mbit/s down. Largest Contentful Paint for the first visit (empty caches), a repeat visit
// (the service worker in charge: static files from its precache, the page network-first) and a
// visit with no network at all; and the bytes the page fetched itself, not through the worker.
//   DATABASE_URL=postgresql://… npm run bench:tablet-load      (a server to make a database on)
// Makes a throw-away database, seeds a family with a kid and a routine, builds if stale, starts
// `next start`, measures 5 rounds of each and prints medians. Not part of CI.
import { chromium, type BrowserContext, type Page, type Response } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { createDbClient } from "../../lib/db-client";
import { createFamily, createKid, createParent, createRoutine } from "../../lib/testing/factories";
import { buildIfStale } from "../lib/build-state";
import { findChromium } from "../lib/chromium";
import { createTestDatabase } from "../lib/test-database";
import { median, numberArg } from "./options";
import { startServer } from "./server";
import { becomeTabletInBrowser } from "./tablet";

const root = resolve(import.meta.dirname, "../..");
const PORT = numberArg("port", 3310);
const ROUNDS = numberArg("rounds", 5);
const base = `http://127.0.0.1:${PORT}`;

type Visit = { lcp: number; bytes: number };

/** Throttles this page like a modest tablet on poor Wi-Fi (Chrome DevTools' presets' terms). */
async function throttle(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return cdp;
}

async function visit(page: Page, url: string): Promise<Visit> {
  let bytes = 0;
  // Bytes the network carried: answers from the service worker cost nothing.
  const count = (response: Response) => {
    if (response.fromServiceWorker()) return;
    void response
      .request()
      .sizes()
      .then((s) => (bytes += Math.max(0, s.responseBodySize)))
      .catch(() => undefined);
  };
  page.on("response", count);
  await page.goto(url, { waitUntil: "load" });
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          done(entries[entries.length - 1]!.startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  page.off("response", count);
  return { lcp, bytes };
}

const database = await createTestDatabase();
const db = createDbClient({ url: database.url, poolSize: 2 });
let server: ChildProcess | undefined;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const family = await createFamily(db, { timeZone: "UTC" });
  const { user } = await createParent(db, family.id);
  const kid = await createKid(db, family.id, { displayName: "Leo" });
  await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: [
      ["Curtains", "Bed"],
      ["Socks", "Shirt", "Trousers"],
      ["Teeth", "Hair"],
    ],
  });
  await buildIfStale(root, (message) => console.log(`[bench] ${message}`));
  server = await startServer(root, { port: PORT, databaseUrl: database.url });

  const results = { first: [] as Visit[], repeat: [] as Visit[], offline: [] as Visit[] };
  const kidUrl = `${base}/tablet/kid/${kid.id}`;
  for (let round = 0; round < ROUNDS; round++) {
    // A new tablet each round: sign in, turn the browser into the family tablet.
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    await becomeTabletInBrowser(context, base, user.email, `Bench ${round}`);

    const page = await context.newPage();
    const cdp = await throttle(context, page);
    await cdp.send("Network.clearBrowserCache");
    results.first.push(await visit(page, kidUrl));
    // The service worker installs from the first visit; then the tablet comes back to the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto(`${base}/tablet`);
    results.repeat.push(await visit(page, kidUrl));
    await context.route("**/*", (route) => route.abort("internetdisconnected"));
    await context.setOffline(true);
    results.offline.push(await visit(page, kidUrl));
    await context.close();
  }
  const show = (name: string, visits: Visit[]) =>
    console.log(
      `${name.padEnd(8)} LCP median ${median(visits.map((v) => v.lcp)).toFixed(0)} ms ` +
        `(${visits.map((v) => v.lcp.toFixed(0)).join(", ")}), ` +
        `${(median(visits.map((v) => v.bytes)) / 1024).toFixed(0)} KB fetched by the page itself`,
    );
  console.log(`kid's day, 4× CPU, 150 ms RTT, 1.6 Mbit/s, ${ROUNDS} rounds:`);
  show("first", results.first);
  show("repeat", results.repeat);
  show("offline", results.offline);
} finally {
  await browser.close();
  server?.kill("SIGTERM");
  await db.$disconnect();
  await database.drop();
}
