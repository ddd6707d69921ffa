import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AwayWeeks } from "@/components/away/away-weeks";
import { Avatar } from "@/components/family/avatar";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parentPage } from "@/lib/auth/session";
import { familyAwayCalendars } from "@/lib/away/queries";
import { NO_AWAY, awayGrid, cycleStartFor, whereabouts } from "@/lib/away/rules";
import { awayCells, whereaboutsWords } from "@/lib/away/words";
import { getFamily, listMembers } from "@/lib/families/queries";
import { familyWeekdayNames } from "@/lib/away/weekdays";
import { localDateAt } from "@/lib/time/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("away");
  return { title: t("title") };
}

/** Who is home on which day (issue 21): every kid's next four weeks, and where each kid is now. */
export default async function AwayPage() {
  const session = await parentPage("/away");
  const [family, members, t, locale, line, cells] = await Promise.all([
    getFamily(session.familyId),
    listMembers(session.familyId),
    getTranslations("away"),
    getLocale(),
    whereaboutsWords(),
    awayCells(),
  ]);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const calendars = await familyAwayCalendars(session.familyId, today);
  const kids = members.filter((m) => m.role === "CHILD");
  const start = cycleStartFor(today, family.weekStart);
  const weekdays = familyWeekdayNames(family.weekStart, locale);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {kids.length === 0 ? (
        <EmptyState emoji="🏡" title={t("noKids")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {kids.map((kid) => {
            const calendar = calendars.get(kid.id) ?? NO_AWAY;
            const now = whereabouts(calendar, today);
            return (
              <li
                key={kid.id}
                className="flex min-w-0 flex-col gap-3 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5"
              >
                <div className="flex items-center gap-3">
                  <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-lg font-bold">{kid.displayName}</p>
                    <p className={now ? "font-semibold text-sky-800" : "text-ink-700"}>
                      {now ? line(now, today) : t("home")}
                    </p>
                  </div>
                </div>
                <AwayWeeks
                  caption={t("kidWeeks", { name: kid.displayName })}
                  weekdays={weekdays}
                  weeks={cells(awayGrid(calendar, start, 4), today)}
                />
                <Link
                  href={`/away/${kid.id}`}
                  className="inline-flex min-h-11 items-center self-start font-bold underline decoration-stone-400 underline-offset-4 hover:text-leaf-700"
                >
                  {t("change", { name: kid.displayName })}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
