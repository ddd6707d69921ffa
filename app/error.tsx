"use client";
// Shown when a page fails to render, most often because the database cannot be reached
// (components/layout/page-failed.tsx tells the two apart by asking /api/health).
import { PageFailed } from "@/components/layout/page-failed";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <PageFailed reset={reset} />;
}
