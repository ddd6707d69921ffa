"use client";
// A tablet left open on a kid's day shows the new day at the family's day start, without a
// reload: at that instant, and whenever the tablet is looked at again or comes back online after
// it (a sleeping tablet's timers do not run on time).
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's limit (about 24.8 days)

export function useNewDay(dayEndsAt: string) {
  const router = useRouter();
  useEffect(() => {
    const end = Date.parse(dayEndsAt);
    const refreshIfOver = () => {
      if (Date.now() >= end) router.refresh();
    };
    const timer = setTimeout(
      refreshIfOver,
      Math.min(Math.max(end - Date.now(), 0) + 1000, MAX_TIMER_MS),
    );
    const onVisible = () => document.visibilityState === "visible" && refreshIfOver();
    window.addEventListener("online", refreshIfOver);
    window.addEventListener("focus", refreshIfOver);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", refreshIfOver);
      window.removeEventListener("focus", refreshIfOver);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [dayEndsAt, router]);
}
