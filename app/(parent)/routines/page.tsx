import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { listRoutines } from "@/lib/routines/views";
import { describeWeekdays, isScheduledOn, type WeekdaysKey } from "@/lib/routines/rules";
import { formatMinute } from "@/lib/time/format";
import { localDateAt } from "@/lib/time/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routines");
  return { title: t("list.title") };
}

const chip = "shrink-0 whitespace-nowrap rounded-full px-4 py-2 font-semibold ring-2";

export default async function RoutinesPage({ searchParams }: PageProps<"/routines">) {
  const session = await parentPage("/routines");
  const params = await searchParams;
  const [family, members, t, locale] = await Promise.all([
    getFamily(session.familyId),
    listMembers(session.familyId),
    getTranslations("routines"),
    getLocale(),
  ]);
  const scheduleWords = { locale, say: (key: WeekdaysKey) => t(`weekdays.${key}`) };
  const kids = members.filter((m) => m.role === "CHILD");
  // Only a kid of this family can filter the list; anything else means "everyone".
  const kidId = kids.find((k) => k.id === params.kid)?.id;
  const archived = params.archived === "1";
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const routines = await listRoutines(session.familyId, { today, kidId, archived });
  const href = (kid?: string, showArchived = archived) => {
    const query = new URLSearchParams({
      ...(kid ? { kid } : {}),
      ...(showArchived ? { archived: "1" } : {}),
    });
    return `/routines${query.size ? `?${query}` : ""}`;
  };

  return (
    <>
      <PageHeader
        title={archived ? t("list.archivedTitle") : t("list.title")}
        actions={
          <Link href="/routines/new" className={buttonClasses("primary")}>
            {t("list.new")}
          </Link>
        }
      />

      {/* On a phone the kids scroll sideways in one row instead of filling the screen. */}
      <nav
        aria-label={t("list.filter")}
        className="-mx-5 flex items-center gap-2 overflow-x-auto px-5 py-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0"
      >
        <Link
          href={href(undefined)}
          aria-current={!kidId ? "page" : undefined}
          className={`${chip} ${!kidId ? "bg-leaf-700 text-white ring-leaf-700" : "bg-white ring-stone-300"}`}
        >
          {t("list.everyone")}
        </Link>
        {kids.map((kid) => (
          <Link
            key={kid.id}
            href={href(kid.id)}
            aria-current={kidId === kid.id ? "page" : undefined}
            className={`${chip} ${kidId === kid.id ? "bg-leaf-700 text-white ring-leaf-700" : "bg-white ring-stone-300"}`}
          >
            <span aria-hidden>{kid.avatarEmoji} </span>
            {kid.displayName}
          </Link>
        ))}
        <Link
          href={href(kidId, !archived)}
          className="ms-auto shrink-0 whitespace-nowrap font-semibold underline"
        >
          {archived ? t("list.showActive") : t("list.showArchived")}
        </Link>
      </nav>

      {routines.length === 0 ? (
        <EmptyState
          emoji={archived ? "🗄️" : "🌅"}
          title={archived ? t("list.emptyArchivedTitle") : t("list.emptyTitle")}
          action={
            !archived && (
              <Link href="/routines/new" className={buttonClasses("primary")}>
                {t("list.createFirst")}
              </Link>
            )
          }
        >
          {archived ? t("list.emptyArchived") : t("list.empty")}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {routines.map((routine) => (
            <li
              key={routine.id}
              className="flex min-w-0 flex-col gap-3 rounded-3xl bg-white p-4 shadow ring-1 ring-black/5 sm:p-5"
            >
              <div className="flex items-center gap-3">
                <span className="text-4xl" aria-hidden>
                  {routine.icon}
                </span>
                <div className="min-w-0 flex-1">
                  <h2 className="text-xl font-bold">
                    <Link href={`/routines/${routine.id}`} className="hover:underline">
                      {routine.name}
                    </Link>
                  </h2>
                  <p className="text-ink-700">
                    {t("list.schedule", {
                      days: describeWeekdays(routine.weekdays, scheduleWords),
                      start: formatMinute(routine.startMinute, locale, family.clock),
                      end: formatMinute(routine.endMinute, locale, family.clock),
                      version: routine.versionNumber,
                    })}
                  </p>
                </div>
              </div>
              {routine.itemCount === 0 && (
                <p className="rounded-xl bg-sun-100 px-3 py-2 text-sm">{t("list.notReady")}</p>
              )}
              {!isScheduledOn(routine.weekdays, today) ? (
                // Not on today: no "0/9 today" that looks like nobody did anything.
                <p className="text-sm text-ink-700">{t("list.notToday")}</p>
              ) : (
                <ul
                  aria-label={t("list.progressLabel", { routine: routine.name })}
                  className="flex flex-col gap-2"
                >
                  {routine.kids.map((kid) => (
                    <li key={kid.id} className="flex items-center gap-3">
                      <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                      <span className="w-20 min-w-0 truncate font-semibold">{kid.displayName}</span>
                      <progress
                        max={routine.itemCount || 1}
                        value={kid.checkedToday}
                        className="h-3 min-w-0 flex-1 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-leaf-700 [&::-moz-progress-bar]:bg-leaf-700"
                        aria-label={t("list.kidProgress", {
                          name: kid.displayName,
                          done: kid.checkedToday,
                          total: routine.itemCount,
                        })}
                      />
                      <span className="w-12 shrink-0 text-end text-sm tabular-nums">
                        {kid.checkedToday}/{routine.itemCount}
                      </span>
                    </li>
                  ))}
                  {routine.kids.length === 0 && (
                    <li className="text-sm text-ink-700">{t("list.noKid")}</li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
