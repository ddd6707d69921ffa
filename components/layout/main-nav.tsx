"use client";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useRef } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { signOutAction } from "@/lib/auth/actions";

/**
 * Where each link shows in the bar: always, from 768 px, from 1024 px, from 1536 px. What does not fit is in
 * the "More" menu, with signing out: the bar is one row at every width (issue 17).
 */
const LINKS = [
  { href: "/dashboard", label: "today", emoji: "🏠", from: "all" },
  { href: "/routines", label: "routines", emoji: "🗂️", from: "all" },
  { href: "/habits", label: "habits", emoji: "🔥", from: "all" },
  { href: "/rewards", label: "rewards", emoji: "🎁", from: "md" },
  // In the bar on wide screens only: the family's name beside the links needs the room.
  { href: "/money", label: "money", emoji: "🪙", from: "xxl" },
  { href: "/away", label: "away", emoji: "🏡", from: "xxl" },
  { href: "/family", label: "family", emoji: "👨‍👩‍👧", from: "md" },
  { href: "/account", label: "account", emoji: "⚙️", from: "lg" },
] as const;

const IN_BAR = {
  all: "flex",
  md: "hidden md:flex",
  lg: "hidden lg:flex",
  xxl: "hidden 2xl:flex",
} as const;
const IN_MENU = {
  all: "hidden",
  md: "flex md:hidden",
  lg: "flex lg:hidden",
  xxl: "flex 2xl:hidden",
} as const;

const isCurrent = (pathname: string, href: string) =>
  pathname === href || pathname.startsWith(`${href}/`);

export function MainNav({ userName }: { userName: string }) {
  const t = useTranslations("layout.nav");
  const pathname = usePathname();
  const signOut = useRef<HTMLFormElement>(null);
  return (
    // Never narrower than its links: the family's name beside it is what gives way.
    <nav aria-label={t("label")} className="ms-auto flex shrink-0 items-center gap-0.5">
      {LINKS.map((link) => {
        const current = isCurrent(pathname, link.href);
        return (
          <IntentLink
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`${IN_BAR[link.from]} min-h-11 shrink-0 flex-col items-center justify-center rounded-2xl px-2 text-sm font-semibold sm:flex-row sm:gap-1.5 sm:px-3 sm:text-base ${current ? "bg-sun-100 text-leaf-700 ring-2 ring-sun-400" : "hover:bg-sun-100"}`}
          >
            <span aria-hidden>{link.emoji}</span>
            {t(link.label)}
          </IntentLink>
        );
      })}
      <form ref={signOut} action={signOutAction} className="hidden" />
      <Menu.Root>
        <Menu.Trigger className="flex min-h-11 shrink-0 flex-col items-center justify-center rounded-2xl px-2 text-sm font-semibold hover:bg-sun-100 sm:flex-row sm:gap-1.5 sm:px-3 sm:text-base data-[state=open]:bg-sun-100">
          <span aria-hidden>☰</span>
          {t("more")}
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content
            align="end"
            sideOffset={6}
            className="z-50 flex min-w-56 flex-col gap-1 rounded-2xl bg-white p-2 shadow-xl ring-1 ring-black/10"
          >
            {LINKS.filter((link) => link.from !== "all").map((link) => (
              <Menu.Item key={link.href} asChild>
                <IntentLink
                  href={link.href}
                  aria-current={isCurrent(pathname, link.href) ? "page" : undefined}
                  className={`${IN_MENU[link.from]} min-h-11 items-center gap-2 rounded-xl px-3 font-semibold outline-none data-[highlighted]:bg-sun-100`}
                >
                  <span aria-hidden>{link.emoji}</span>
                  {t(link.label)}
                </IntentLink>
              </Menu.Item>
            ))}
            <Menu.Separator className="my-1 h-px bg-black/10 lg:hidden" />
            <Menu.Item
              onSelect={() => signOut.current?.requestSubmit()}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-3 font-semibold outline-none data-[highlighted]:bg-sun-100"
            >
              <span aria-hidden>🚪</span>
              {t.rich("signOut", {
                name: userName,
                user: (chunks) => <span className="truncate text-ink-700">{chunks}</span>,
              })}
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
    </nav>
  );
}
