// GET /sw.js: the family tablet's service worker, built after `next build` into .next/sw.js
// (scripts/lib/service-worker.ts). Always revalidated, so a new build reaches tablets at once.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const script = await readFile(join(process.cwd(), ".next", "sw.js"));
    return new Response(script, {
      headers: {
        "Content-Type": "application/javascript; charset=utf-8",
        "Cache-Control": "no-cache",
      },
    });
  } catch {
    // `next dev`, or a build made without scripts/build-sw.ts: the tablet works online only.
    return new Response("// No service worker in this build.\n", {
      status: 404,
      headers: { "Content-Type": "application/javascript; charset=utf-8" },
    });
  }
}
