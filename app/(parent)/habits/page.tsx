import type { Metadata } from "next";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { NewHabitForm } from "@/components/habits/habit-forms";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { listHabits } from "@/lib/habits/views";
import { describeWeekdays } from "@/lib/routines/rules";
import { localDateAt } from "@/lib/time/rules";

export const metadata: Metadata = { title: "Habits" };

export default async function HabitsPage({ searchParams }: PageProps<"/habits">) {
  const session = await parentPage("/habits");
  const archived = (await searchParams).archived === "1";
  const [family, members] = await Promise.all([
    getFamily(session.familyId),
    listMembers(session.familyId),
  ]);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const habits = await listHabits(session.familyId, today, { archived });
  return (
    <>
      <PageHeader
        title={archived ? "Archived habits" : "Habits"}
        actions={
          <Link
            href={archived ? "/habits" : "/habits?archived=1"}
            className={buttonClasses("quiet", "sm")}
          >
            {archived ? "Show active habits" : "Show archived"}
          </Link>
        }
      />
      {habits.length === 0 ? (
        <EmptyState
          emoji={archived ? "🗄️" : "🌱"}
          title={archived ? "No archived habits" : "No habits yet"}
        >
          {archived
            ? "Habits you archive wait here, with their logs and streaks, until you restore them."
            : "A habit is something to do most days, like reading or practising, with a streak that forgives a day off. Add the first one below."}
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
                  {habit.member.displayName} ·{" "}
                  {habit.cadence === "DAILY"
                    ? describeWeekdays(habit.weekdays)
                    : `${habit.timesPerWeek}× a week`}
                </p>
              </div>
              <div className="text-right">
                <p
                  className="text-2xl font-extrabold"
                  aria-label={`Streak ${habit.streak?.current ?? 0}`}
                >
                  🔥 {habit.streak?.current ?? 0}
                </p>
                <p className="text-sm text-ink-700">
                  {habit.loggedToday ? "✅ done today" : "not yet today"}
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
          <summary className="cursor-pointer text-lg font-bold">New habit</summary>
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
