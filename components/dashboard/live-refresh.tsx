"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveChanges } from "@/components/live/use-live-changes";
import { pollDashboardAction } from "@/lib/dashboard/actions";

/**
 * Keeps the dashboard current without a reload. The server tells it when the family changed
 * (GET /api/live, pushed from PostgreSQL on any instance) and the page re-renders; nothing is
 * asked while nothing happens. Only while the stream is down does it ask for the dashboard's stamp
 * (one cheap statement) now and then, and re-render when the stamp moved. A small label says
 * which: "Live", or "Checking every 15 s".
 */
export function LiveRefresh({ stamp }: { stamp: string }) {
  const t = useTranslations("dashboard.live");
  const router = useRouter();
  const seen = useRef(stamp);
  const stopped = useRef(false);
  useEffect(() => {
    seen.current = stamp;
  }, [stamp]);
  const live = useLiveChanges({
    onChange: () => router.refresh(),
    poll: async () => {
      if (stopped.current) return;
      const next = await pollDashboardAction().catch(() => undefined);
      // Null: no longer a parent here (signed out elsewhere): stop asking.
      if (next === null) stopped.current = true;
      else if (next !== undefined && next !== seen.current) {
        seen.current = next;
        router.refresh();
      }
    },
  });
  if (live === null) return null;
  return (
    <p
      title={t(live ? "onHint" : "offHint")}
      data-live={live ? "on" : "off"}
      className="inline-flex min-h-8 items-center gap-2 rounded-full bg-white px-3 text-sm font-semibold text-ink-700 ring-1 ring-black/10"
    >
      <span
        aria-hidden
        className={`size-2.5 rounded-full ${live ? "bg-green-600 motion-safe:animate-pulse" : "bg-stone-400"}`}
      />
      {t(live ? "on" : "off")}
    </p>
  );
}
