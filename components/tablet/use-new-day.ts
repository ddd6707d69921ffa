"use client";
// A tablet left open on a kid's day shows the new day at the family's day start, without a
// reload: the page brings today and tomorrow (lib/tablet/kid-day.ts), so the screen turns to
// tomorrow at that instant even without a network, and asks the server for the fresh day then
// and whenever the tablet is looked at again or comes back online after it (a sleeping tablet's
// timers do not run on time).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's limit (about 24.8 days)

/**
 * Can the server be reached? A refresh that fails makes Next load the whole page instead, which
 * offline is yesterday's copy from the service worker, whose clock check would refresh again:
 * so the fresh day is asked for only when the server answers.
 */
async function serverAnswers(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    return (await fetch("/api/health", { cache: "no-store" })).ok;
  } catch {
    return false;
  }
}

/** The day the clock is in: the first of the two until its end, the second from then on. */
export function useShownDay<T extends { endsAt: string }>(days: readonly [T, T]): T {
  const router = useRouter();
  // Null until mounted: the first render shows what the server rendered (the page may come from
  // the service worker's cache, rendered the day before), then the device's clock decides.
  const [now, setNow] = useState<number | null>(null);
  const end = Date.parse(days[0].endsAt);
  useEffect(() => {
    const turnIfOver = () => {
      const time = Date.now();
      setNow(time);
      if (time >= end) void serverAnswers().then((ok) => ok && router.refresh());
    };
    const frame = requestAnimationFrame(() => setNow(Date.now()));
    const timer = setTimeout(
      turnIfOver,
      Math.min(Math.max(end - Date.now(), 0) + 50, MAX_TIMER_MS),
    );
    const onVisible = () => document.visibilityState === "visible" && turnIfOver();
    window.addEventListener("online", turnIfOver);
    window.addEventListener("focus", turnIfOver);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener("online", turnIfOver);
      window.removeEventListener("focus", turnIfOver);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [end, router]);
  return now !== null && now >= end ? days[1] : days[0];
}
