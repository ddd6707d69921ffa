import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { habitsForMemberToday } from "@/lib/habits/views";
import { LiveRefresh } from "@/components/dashboard/live-refresh";
import { RequestList } from "@/components/dashboard/request-list";
import { WeekChart } from "@/components/dashboard/week-chart";
import { dashboardStamp, familyWeek } from "@/lib/dashboard/queries";
import { balances, pendingRequests } from "@/lib/points/queries";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { addDays, localDateAt } from "@/lib/time/rules";

export const metadata: Metadata = { title: "Today" };

const links = [
  { href: "/routines", label: "🗂️ Routines" },
  { href: "/habits", label: "🔥 Habits" },
  { href: "/rewards", label: "🎁 Rewards" },
  { href: "/family", label: "👨‍👩‍👧 Kids, PINs, co-parent and tablet" },
  { href: "/account", label: "⚙️ Your account" },
] as const;

const emptyWeek = (today: string) =>
  Array.from({ length: 7 }, (_, i) => ({
    date: addDays(today, i - 6),
    routines: 0,
    habitsDone: 0,
    habitsDue: 0,
  }));

export default async function DashboardPage() {
  const session = await parentPage("/dashboard");
  // The stamp is read first: anything that changes while the page renders changes it again, so
  // the live poller never misses an update.
  const stamp = await dashboardStamp(session.familyId);
  const [family, members, points, requests] = await Promise.all([
    getFamily(session.familyId),
    listMembers(session.familyId),
    balances(session.familyId),
    pendingRequests(session.familyId),
  ]);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const week = await familyWeek(session.familyId, today);
  const kids = await Promise.all(
    members
      .filter((m) => m.role === "CHILD")
      .map(async (kid) => ({
        ...kid,
        routines: await routinesForKidOnDate(session.familyId, kid.id, today),
        habits: await habitsForMemberToday(session.familyId, kid.id, today),
      })),
  );
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">
        Hello, {session.name.split(" ")[0]}
      </h1>
      <LiveRefresh stamp={stamp} />
      <section
        aria-labelledby="requests-heading"
        className="flex flex-col gap-3 rounded-3xl bg-white p-6 shadow ring-1 ring-black/5"
      >
        <h2 id="requests-heading" className="text-xl font-bold">
          Reward requests
        </h2>
        <RequestList
          requests={requests.map((request) => ({
            ...request,
            balance: points.get(request.member.id) ?? 0,
          }))}
        />
      </section>
      <section aria-labelledby="kids-heading" className="flex flex-col gap-4">
        <h2 id="kids-heading" className="text-xl font-bold">
          Your kids today
        </h2>
        {kids.length === 0 ? (
          <p className="rounded-3xl bg-white p-6 shadow ring-1 ring-black/5">
            No kids yet.{" "}
            <Link href="/family" className="font-semibold underline">
              Add your first kid
            </Link>{" "}
            to start building routines.
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {kids.map((kid) => (
              <li
                key={kid.id}
                className="flex items-start gap-4 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5"
              >
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                <div className="flex flex-1 flex-col gap-1">
                  <p className="flex items-baseline justify-between gap-2 text-lg font-bold">
                    {kid.displayName}
                    <span className="rounded-full bg-amber-100 px-3 py-0.5 text-base text-amber-900">
                      <span aria-hidden>⭐ </span>
                      {points.get(kid.id) ?? 0} points
                    </span>
                  </p>
                  {kid.routines.length === 0 && kid.habits.length === 0 && (
                    <p className="text-sm text-ink-700">Nothing planned today.</p>
                  )}
                  <ul className="text-sm" aria-label={`${kid.displayName}'s routines today`}>
                    {kid.routines.map((routine) => (
                      <li key={routine.id}>
                        <span aria-hidden>{routine.icon} </span>
                        {routine.name}: {routine.done}/{routine.total}
                        {routine.total > 0 && routine.done === routine.total && <span> ✅</span>}
                      </li>
                    ))}
                  </ul>
                  <ul className="text-sm" aria-label={`${kid.displayName}'s habits today`}>
                    {kid.habits.map((habit) => (
                      <li key={habit.id}>
                        <span aria-hidden>{habit.icon} </span>
                        {habit.name}: {habit.logId ? "done ✅" : "not yet"}
                      </li>
                    ))}
                  </ul>
                  <WeekChart name={kid.displayName} days={week.get(kid.id) ?? emptyWeek(today)} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <nav aria-labelledby="next-heading" className="flex flex-col gap-3">
        <h2 id="next-heading" className="text-xl font-bold">
          Plan
        </h2>
        <ul className="flex flex-wrap gap-3">
          {links.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="inline-block rounded-full bg-white px-5 py-3 font-semibold shadow ring-1 ring-black/10"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
