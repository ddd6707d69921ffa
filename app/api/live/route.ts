// GET /api/live: Server-Sent Events that say "your family changed" (issue 22). The parent's Today
// page and the tablet's reward screen open one and re-render when told; neither polls while it is
// open. Not part of the documented API: the caller is a parent's session or the family tablet's
// device cookie, the same as the pages'. Every event is fed by lib/live/hub.ts (PostgreSQL
// LISTEN/NOTIFY, one connection per process), so an instance hears changes made on any other.
//
// Events: `live` / `degraded` (changes are heard, or not right now: look now and then), `change`
// (look again), `end` (this caller's access ended: stop). A comment line every 25 s keeps proxies
// from closing an idle stream. After STREAM_MINUTES the server ends the stream and the browser
// reconnects, which checks the caller's access again.
import { cookies } from "next/headers";
import { requestIdOf } from "@/lib/api/endpoint";
import { ApiError, apiErrorFrom, errorResponse } from "@/lib/api/errors";
import { getSession } from "@/lib/auth/session";
import { subscribe, type LiveSignal } from "@/lib/live/hub";
import { TABLET_COOKIE } from "@/lib/auth/tablet-cookie";
import { getTabletSession } from "@/lib/tablet/session";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;
const STREAM_MINUTES = 30;
/** How long the browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3_000;

async function liveCaller(): Promise<{ familyId: string; identity: string } | null> {
  // A device in tablet mode is the tablet, whatever parent cookie lingers on it (as for pages).
  if ((await cookies()).has(TABLET_COOKIE)) {
    const tablet = await getTabletSession();
    return tablet && { familyId: tablet.familyId, identity: `tablet:${tablet.deviceId}` };
  }
  const session = await getSession();
  if (session?.role !== "PARENT" || !session.familyId) return null;
  return { familyId: session.familyId, identity: `user:${session.userId}` };
}

export async function GET(request: Request): Promise<Response> {
  const requestId = requestIdOf(request);
  const headers = new Headers({ "X-Request-Id": requestId, "Cache-Control": "no-store" });
  let caller: Awaited<ReturnType<typeof liveCaller>>;
  try {
    caller = await liveCaller();
    if (!caller) throw new ApiError(401, "unauthenticated", "Sign in as a parent of the family.");
  } catch (error) {
    return errorResponse(apiErrorFrom(error, requestId), headers);
  }
  const { familyId, identity } = caller;

  const encoder = new TextEncoder();
  let finish = () => {};
  let subscription: ReturnType<typeof subscribe> = null;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      const heartbeat = setInterval(() => write(": ping\n\n"), HEARTBEAT_MS);
      const lifetime = setTimeout(() => finish(), STREAM_MINUTES * 60_000);
      finish = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        subscription?.close();
        request.signal.removeEventListener("abort", finish);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      const send = (signal: LiveSignal) => {
        write(`event: ${signal}\ndata: ${Date.now()}\n\n`);
        if (signal === "end") finish();
      };
      subscription = subscribe({ familyId, identity, send });
      if (!subscription) {
        write(`retry: 60000\nevent: degraded\ndata: busy\n\n`);
        finish();
        return;
      }
      request.signal.addEventListener("abort", finish);
      write(`retry: ${RETRY_MS}\n`);
      send(subscription.live ? "live" : "degraded");
    },
    cancel() {
      finish();
    },
  });
  headers.set("Content-Type", "text/event-stream; charset=utf-8");
  headers.set("Cache-Control", "no-store, no-transform");
  // nginx buffers proxied answers by default, which would hold every event back (docs/deploy.md).
  headers.set("X-Accel-Buffering", "no");
  return new Response(stream, { headers });
}
