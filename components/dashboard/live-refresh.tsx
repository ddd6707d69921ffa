"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { pollDashboardAction } from "@/lib/dashboard/actions";

const POLL_MS = 2_000;

/**
 * Keeps the dashboard current without a reload: every 2 s while the page is visible it asks the
 * server for the dashboard's stamp (one cheap statement) and re-renders the page when it changed.
 * Polling the database, not a process's memory, is what makes it work with several app instances.
 */
export function LiveRefresh({ stamp }: { stamp: string }) {
  const router = useRouter();
  const seen = useRef(stamp);
  useEffect(() => {
    seen.current = stamp;
  }, [stamp]);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      if (stopped || document.visibilityState !== "visible") return;
      const next = await pollDashboardAction().catch(() => undefined);
      if (next === null) {
        stopped = true;
        return;
      }
      if (next !== undefined && next !== seen.current) {
        seen.current = next;
        router.refresh();
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
