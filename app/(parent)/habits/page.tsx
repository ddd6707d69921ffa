import { habitSchedule } from "@/components/habits/schedule";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { NewHabitForm } from "@/components/habits/habit-forms";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { listHabits } from "@/lib/habits/views";
import { localDateAt } from "@/lib/time/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("habits");
  return { title: t("list.title") };
}

/** 2024-01-01 was a Monday. */

export default async function HabitsPage({ searchParams }: PageProps<"/habits">) {
  const session = await parentPage("/habits");
  const archived = (await searchParams).archived === "1";
  const [family, members] = await Promise.all([
    getFamily(session.familyId),
    listMembers(session.familyId),
  ]);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const [habits, t, locale] = await Promise.all([
    listHabits(session.familyId, today, { archived }),
    getTranslations("habits"),
    getLocale(),
  ]);
  const schedule = (habit: Parameters<typeof habitSchedule>[0]) => habitSchedule(habit, t, locale);
  return (
    <>
      <PageHeader
        title={archived ? t("list.archivedTitle") : t("list.title")}
        actions={
          <Link
            href={archived ? "/habits" : "/habits?archived=1"}
            className={buttonClasses("quiet", "sm")}
          >
            {archived ? t("list.showActive") : t("list.showArchived")}
          </Link>
        }
      />
      {habits.length === 0 ? (
        <EmptyState
          emoji={archived ? "🗄️" : "🌱"}
          title={archived ? t("list.emptyArchivedTitle") : t("list.emptyTitle")}
        >
          {archived ? t("list.emptyArchived") : t("list.empty")}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {habits.map((habit) => (
            <li
              key={habit.id}
              className="flex items-center gap-4 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5"
            >
              <span className="text-4xl" aria-hidden>
                {habit.icon}
              </span>
              <div className="flex-1">
                <h2 className="text-xl font-bold">
                  <Link href={`/habits/${habit.id}`} className="hover:underline">
                    {habit.name}
                  </Link>
                </h2>
                <p className="flex items-center gap-2 text-ink-700">
                  <Avatar emoji={habit.member.avatarEmoji} color={habit.member.avatarColor} />
                  {t("who", { name: habit.member.displayName, schedule: schedule(habit) })}
                </p>
              </div>
              <div className="text-end">
                <p
                  className="text-2xl font-extrabold"
                  aria-label={t("list.streak", { count: habit.streak?.current ?? 0 })}
                >
                  🔥 {habit.streak?.current ?? 0}
                </p>
                <p className="text-sm text-ink-700">
                  {habit.loggedToday ? t("list.doneToday") : t("list.notYetToday")}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!archived && (
        <details
          className="rounded-3xl bg-white p-6 shadow ring-1 ring-black/5"
          open={habits.length === 0}
        >
          <summary className="cursor-pointer text-lg font-bold">{t("list.newHabit")}</summary>
          <div className="mt-4">
            <NewHabitForm
              members={members.map((m) => ({ id: m.id, displayName: m.displayName }))}
              today={today}
            />
          </div>
        </details>
      )}
    </>
  );
}
