import Link from "next/link";
import { MainNav } from "@/components/layout/main-nav";

/**
 * The parent app's bar: the family (its name cut short when long; below 1024 px only the sun,
 * the links need the room) and the navigation, in one row at every width.
 */
export function ParentHeader({ familyName, userName }: { familyName: string; userName: string }) {
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-3 py-2 sm:px-5">
        <Link
          href="/dashboard"
          className="flex min-h-11 min-w-0 shrink items-center gap-2 text-lg font-extrabold tracking-tight"
        >
          <span aria-hidden className="text-2xl">
            🌅
          </span>
          <span className="hidden max-w-48 min-w-0 truncate lg:inline">{familyName}</span>
          <span className="sr-only lg:hidden">{familyName}</span>
        </Link>
        <MainNav userName={userName} />
      </div>
    </header>
  );
}
