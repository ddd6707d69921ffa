// Photos and speech on the tablet (issue 16):
// - the stored size of a camera photo (12 photo-like 4000×3000 JPEGs, made here: smooth colour
//   fields with shapes and sensor-like grain), after the upload's processing (lib/media/process);
// - a kid's day with 12 photo cards: bytes the first visit transfers (empty caches), and what a
//   repeat visit still takes from the network (the service worker keeps the photos);
// - a tap on a speaker to the browser's speech starting (speechSynthesis.speak being called).
//   DATABASE_URL=postgresql://… npm run bench:media      (a server to make a database on)
// Makes a throw-away database, builds if stale, starts `next start`. Not part of CI.
import { chromium, type Page, type Response } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import sharp from "sharp";
import { createDbClient } from "../../lib/db-client";
import { processPhoto } from "../../lib/media/process";
import { createFamily, createKid, createParent, createRoutine } from "../../lib/testing/factories";
import { buildIfStale } from "../lib/build-state";
import { findChromium } from "../lib/chromium";
import { createTestDatabase } from "../lib/test-database";
import { median, numberArg } from "./options";
import { startServer } from "./server";
import { becomeTabletInBrowser } from "./tablet";

const root = resolve(import.meta.dirname, "../..");
const PORT = numberArg("port", 3311);
const TAPS = numberArg("taps", 20);
const base = `http://127.0.0.1:${PORT}`;

/**
 * A photo-like picture: sky and ground, soft colour blobs, thousands of small shapes (leaves,
 * toys, texture that survives scaling down to 512 px) and grain at that scale, as a phone's JPEG.
 */
async function photoLike(seed: number) {
  let state = seed * 7919 + 13;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const width = 4000;
  const height = 3000;
  const colour = () =>
    `rgb(${Math.round(random() * 255)},${Math.round(random() * 255)},${Math.round(random() * 255)})`;
  const circles = (count: number, min: number, spread: number) =>
    Array.from(
      { length: count },
      () =>
        `<circle cx="${Math.round(random() * width)}" cy="${Math.round(random() * height)}" ` +
        `r="${Math.round(min + random() * spread)}" fill="${colour()}" fill-opacity="${(0.4 + random() * 0.6).toFixed(2)}"/>`,
    ).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height * 0.55}" fill="rgb(${120 + seed * 9},170,220)"/>
    <rect y="${height * 0.55}" width="${width}" height="${height * 0.45}" fill="rgb(90,${110 + seed * 7},70)"/>
    ${circles(14, 80, 600)}${circles(3000, 6, 40)}</svg>`;
  // Grain made at 1000×750 and scaled up: still there once the photo is 512 px wide.
  const small = { width: 1000, height: 750 };
  const grain = Buffer.alloc(small.width * small.height);
  for (let i = 0; i < grain.length; i++) grain[i] = 128 + Math.round((random() - 0.5) * 60);
  const noise = await sharp(grain, { raw: { ...small, channels: 1 } })
    .resize(width, height)
    .toColourspace("srgb")
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg))
    .blur(1.2)
    .composite([{ input: noise, blend: "overlay" }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

async function transferred(page: Page, url: string) {
  let bytes = 0;
  let fromWorker = 0;
  const pending: Promise<void>[] = [];
  const count = (response: Response) => {
    if (response.fromServiceWorker()) {
      fromWorker += 1;
      return;
    }
    pending.push(
      response
        .request()
        .sizes()
        .then((s) => void (bytes += Math.max(0, s.responseBodySize) + s.responseHeadersSize))
        .catch(() => undefined),
    );
  };
  page.on("response", count);
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  page.off("response", count);
  return { bytes, fromWorker };
}

const database = await createTestDatabase();
const db = createDbClient({ url: database.url, poolSize: 2 });
let server: ChildProcess | undefined;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const photos = [];
  for (let i = 0; i < 12; i++) {
    const original = await photoLike(i + 1);
    const stored = await processPhoto(original);
    photos.push({ original: original.byteLength, ...stored });
  }
  const sizes = photos.map((p) => p.data.byteLength);
  console.log(
    `photos: camera JPEGs median ${(median(photos.map((p) => p.original)) / 1024).toFixed(0)} KB → ` +
      `stored WebP median ${(median(sizes) / 1024).toFixed(1)} KB, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KB`,
  );

  const family = await createFamily(db, { timeZone: "UTC" });
  const { user } = await createParent(db, family.id);
  const kid = await createKid(db, family.id, { displayName: "Leo" });
  const { version } = await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: Array.from({ length: 12 }, (_, i) => [`Step ${i + 1}`]),
  });
  const cards = await db.routineCard.findMany({
    where: { versionId: version.id },
    orderBy: { position: "asc" },
  });
  for (const [i, card] of cards.entries()) {
    const photo = photos[i]!;
    const media = await db.media.create({
      data: {
        familyId: family.id,
        kind: "PHOTO",
        contentType: "image/webp",
        data: new Uint8Array(photo.data),
        byteSize: photo.data.byteLength,
        sha256: createHash("sha256").update(photo.data).digest("hex"),
        width: photo.width,
        height: photo.height,
      },
    });
    await db.routineCard.update({ where: { id: card.id }, data: { photoId: media.id } });
  }

  await buildIfStale(root, (message) => console.log(`[bench] ${message}`));
  server = await startServer(root, { port: PORT, databaseUrl: database.url });
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  await becomeTabletInBrowser(context, base, user.email, "Bench");

  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  const kidUrl = `${base}/tablet/kid/${kid.id}`;
  const first = await transferred(page, kidUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(`${base}/tablet`);
  await cdp.send("Network.clearBrowserCache"); // only the service worker may keep anything now
  const repeat = await transferred(page, kidUrl);
  const kept = await page.evaluate(
    async () => (await (await caches.open("family-media")).keys()).length,
  );
  console.log(
    `kid's day with 12 photo cards: first visit ${(first.bytes / 1024).toFixed(0)} KB transferred; ` +
      `repeat visit: ${repeat.fromWorker} answers through the service worker ` +
      `(${(repeat.bytes / 1024).toFixed(0)} KB around it), ${kept} photos in its cache`,
  );

  await page.evaluate(() => {
    const w = window as unknown as { spokeAt: number[]; tapAt: number[] };
    w.spokeAt = [];
    w.tapAt = [];
    window.speechSynthesis.speak = () => void w.spokeAt.push(performance.now());
    document.addEventListener("pointerdown", () => w.tapAt.push(performance.now()), true);
  });
  const speaker = page.getByRole("button", { name: "Read aloud: Card 1", exact: true });
  const delays: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    await speaker.click();
    // One tap, one start of speech: wait for it before the next tap.
    for (let waited = 0; waited < 2_000; waited += 10) {
      const done = await page.evaluate(
        (n) => (window as unknown as { spokeAt: number[] }).spokeAt.length > n,
        i,
      );
      if (done) break;
      await page.waitForTimeout(10);
    }
    delays.push(
      await page.evaluate((n) => {
        const w = window as unknown as { spokeAt: number[]; tapAt: number[] };
        return w.spokeAt[n]! - w.tapAt[n]!;
      }, i),
    );
  }
  const later = delays.slice(1);
  console.log(
    `speaker tap → speech starts: first tap ${delays[0]!.toFixed(0)} ms (it waits up to 200 ms ` +
      `for the voice list; this Chromium has none), then median ${median(later).toFixed(0)} ms, ` +
      `max ${Math.max(...later).toFixed(0)} ms over ${later.length} taps`,
  );
  await context.close();
} finally {
  await browser.close();
  server?.kill("SIGTERM");
  await db.$disconnect();
  await database.drop();
}
