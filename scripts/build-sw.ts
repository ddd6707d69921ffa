// `npm run build`'s last step: the tablet's service worker from the fresh `next build`.
import { resolve } from "node:path";
import { buildServiceWorker } from "./lib/service-worker";

const { bytes, ms } = await buildServiceWorker(resolve(import.meta.dirname, ".."));
console.log(`service worker: .next/sw.js, ${(bytes / 1024).toFixed(1)} KB in ${ms.toFixed(0)} ms`);
