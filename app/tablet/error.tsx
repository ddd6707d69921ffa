"use client";
// The tablet's own failure screen: for a kid, pictures and a few big words, and it recovers by
// itself when the server answers again.
import { PageFailed } from "@/components/layout/page-failed";

export default function TabletError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <PageFailed reset={reset} kid />;
}
