"use client";
import { useEffect } from "react";
import { offlinePin } from "@/components/tablet/offline-pin-store";
import { leaveKidAction } from "@/lib/tablet/actions";

/**
 * Rendered by the faces screen: showing the faces ends a kid's pass, the tablet's own always and
 * the server's while one is still open (the kid came back with the browser's back button, or a
 * link), so the next kid cannot act as this one.
 */
export function EndKidPass({ onServer }: { onServer: boolean }) {
  useEffect(() => {
    offlinePin().end();
    if (onServer) void leaveKidAction().catch(() => undefined);
  }, [onServer]);
  return null;
}
