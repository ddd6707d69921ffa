"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A Link that prefetches its page when a hand reaches for it (hover, focus, touch), not when it
 * scrolls into view. Next re-prefetches every visible link after each router.refresh(), so on a
 * live page (the dashboard re-renders on each of the family's changes, issue 22) the bar's links
 * cost six extra page renders per change; reached-for links cost one when used. The dashboard's
 * own links (getting started, routines nobody started, savings goals) are these too: a family
 * still setting up paid a prefetch of each per change (e2e/live.spec.ts).
 */
export function IntentLink({
  href,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
