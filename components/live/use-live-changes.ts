"use client";
import { useEffect, useRef, useState } from "react";
import { throttle } from "@/lib/timers";

/** How often a page looks for itself while the live stream is down (it was every 2 s before). */
export const FALLBACK_POLL_MS = 15_000;
/** A stream the server refused (an outage, a sign-out) is tried again after this. */
const REOPEN_MS = 60_000;
/**
 * A change re-renders at once; the changes that come within SETTLE_MS after it (a burst of taps,
 * an import) cause one more re-render, not one each. It once waited SETTLE_MS before every
 * re-render, for the changes of one tap to arrive together: they arrive as one (the relay sends a
 * family once per round), and the wait was a fifth of a tap's way to the dashboard (bench:live).
 */
const SETTLE_MS = 80;

/**
 * Calls `onChange` when the family's data changed, as told by GET /api/live (Server-Sent Events
 * from PostgreSQL NOTIFY, app/api/live/route.ts): no request at all while nothing happens. While
 * the stream is down or the server cannot hear changes, `poll` runs every FALLBACK_POLL_MS
 * instead; after a reconnect the page looks once, since a change may have come in between.
 * Returns whether changes arrive live (null until the server said).
 */
export function useLiveChanges({
  enabled = true,
  onChange,
  poll,
}: {
  enabled?: boolean;
  onChange: () => void;
  /** The slow fallback; defaults to onChange. */
  poll?: () => void | Promise<void>;
}): boolean | null {
  const [live, setLive] = useState<boolean | null>(null);
  const callbacks = useRef({ onChange, poll });
  useEffect(() => {
    callbacks.current = { onChange, poll };
  });
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    const settle = throttle(() => callbacks.current.onChange(), SETTLE_MS);
    let missed = false;
    let stopped = false;

    const changed = settle.call;
    const polling = (on: boolean) => {
      setLive(!on);
      if (!on) {
        clearInterval(pollTimer);
        pollTimer = undefined;
      } else if (!pollTimer) {
        pollTimer = setInterval(() => {
          if (document.visibilityState !== "visible") return;
          const { poll: slow, onChange: look } = callbacks.current;
          void Promise.resolve((slow ?? look)()).catch(() => undefined);
        }, FALLBACK_POLL_MS);
      }
    };
    const open = () => {
      if (stopped) return;
      const stream = new EventSource("/api/live");
      source = stream;
      stream.addEventListener("live", () => {
        polling(false);
        if (missed) changed();
        missed = false;
      });
      stream.addEventListener("degraded", () => {
        missed = true;
        polling(true);
      });
      stream.addEventListener("change", changed);
      stream.addEventListener("end", () => {
        // Access ended (signed out, tablet removed): the page's next render says what to do.
        stopped = true;
        stream.close();
        polling(false);
        setLive(null);
        callbacks.current.onChange();
      });
      stream.addEventListener("error", () => {
        missed = true;
        polling(true);
        // CONNECTING: the browser reconnects by itself. CLOSED: the server refused the stream
        // (an outage answered 503): try a new one later, polling meanwhile.
        if (stream.readyState === EventSource.CLOSED && !stopped) {
          clearTimeout(reopenTimer);
          reopenTimer = setTimeout(open, REOPEN_MS);
        }
      });
    };
    open();
    return () => {
      stopped = true;
      source?.close();
      polling(false);
      clearTimeout(reopenTimer);
      settle.cancel();
    };
  }, [enabled]);
  return live;
}
