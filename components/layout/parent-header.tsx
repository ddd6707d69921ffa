import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";

const links = [
  { href: "/dashboard", label: "Today", emoji: "🏠" },
  { href: "/routines", label: "Routines", emoji: "🗂️" },
  { href: "/habits", label: "Habits", emoji: "🔥" },
  { href: "/rewards", label: "Rewards", emoji: "🎁" },
  { href: "/family", label: "Family", emoji: "👨‍👩‍👧" },
  { href: "/account", label: "Account", emoji: "⚙️" },
] as const;

export function ParentHeader({ familyName, userName }: { familyName: string; userName: string }) {
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-5 py-3">
        <Link href="/dashboard" className="text-lg font-extrabold tracking-tight">
          <span aria-hidden>🌅 </span>
          {familyName}
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="rounded-full px-3 py-2 font-semibold hover:bg-sun-100"
            >
              <span aria-hidden>{link.emoji} </span>
              {link.label}
            </Link>
          ))}
          <form action={signOutAction}>
            <button
              type="submit"
              className="rounded-full px-3 py-2 font-semibold text-ink-700 hover:bg-sun-100"
            >
              Sign out<span className="sr-only"> {userName}</span>
            </button>
          </form>
        </nav>
      </div>
    </header>
  );
}
