// GET /parent-sw.js: the parents' service worker (sw/parent.ts), built after `next build` into
// .next/parent-sw.js (scripts/lib/service-worker.ts). It shows push notifications and answers
// reward requests from them; its scope is the whole site, the tablet's pages keep their own.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const headers = {
    "Content-Type": "application/javascript; charset=utf-8",
    "Cache-Control": "no-cache",
  };
  try {
    return new Response(await readFile(join(process.cwd(), ".next", "parent-sw.js")), { headers });
  } catch {
    // `next dev`, or a build made without scripts/build-sw.ts: no notifications on this build.
    return new Response("// No service worker in this build.\n", { status: 404, headers });
  }
}
