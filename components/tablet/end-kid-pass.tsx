"use client";
import { useEffect } from "react";
import { leaveKidAction } from "@/lib/tablet/actions";

/**
 * Rendered by the faces screen while a kid's pass is still open (the kid came back with the
 * browser's back button, or a link): showing the faces ends it on the server.
 */
export function EndKidPass() {
  useEffect(() => {
    void leaveKidAction().catch(() => undefined);
  }, []);
  return null;
}
