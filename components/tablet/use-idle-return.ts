"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { offlinePin } from "@/components/tablet/offline-pin-store";
import { leaveKidAction, stillHereAction } from "@/lib/tablet/actions";

/** How often taps that save nothing renew the kid's pass on the server. */
const STILL_HERE_EVERY_MS = 30_000;

/**
 * Back to the faces after `idleMs` without a touch, so the next kid starts from their own face,
 * and the kid's pass ends on the server (it would run out there after the same time anyway).
 * While the kid keeps touching the screen, the server hears so now and then: the pass slides.
 */
export function useIdleReturn(kidId: string, idleMs: number, pinVersion: number | null = null) {
  const router = useRouter();
  useEffect(() => {
    const leave = () => {
      offlinePin().end();
      void leaveKidAction()
        .catch(() => undefined)
        .finally(() => router.replace("/tablet"));
    };
    let timer = setTimeout(leave, idleMs);
    let toldAt = Date.now();
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(leave, idleMs);
      // The tablet's own pass slides with every touch too (used when the network is gone).
      if (pinVersion !== null) offlinePin().renew(kidId, pinVersion, idleMs);
      if (Date.now() - toldAt < STILL_HERE_EVERY_MS) return;
      toldAt = Date.now();
      const form = new FormData();
      form.set("kidId", kidId);
      void stillHereAction(null, form).catch(() => undefined);
    };
    window.addEventListener("pointerdown", reset);
    window.addEventListener("keydown", reset);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("pointerdown", reset);
      window.removeEventListener("keydown", reset);
    };
  }, [router, kidId, idleMs, pinVersion]);
}
