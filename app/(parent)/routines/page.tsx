import type { Metadata } from "next";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { listRoutines } from "@/lib/routines/views";
import { describeWeekdays, isScheduledOn } from "@/lib/routines/rules";
import { formatMinuteOfDay, localDateAt } from "@/lib/time/rules";

export const metadata: Metadata = { title: "Routines" };

const chip = "shrink-0 whitespace-nowrap rounded-full px-4 py-2 font-semibold ring-2";

export default async function RoutinesPage({ searchParams }: PageProps<"/routines">) {
  const session = await parentPage("/routines");
  const params = await searchParams;
  const [family, members] = await Promise.all([
    getFamily(session.familyId),
    listMembers(session.familyId),
  ]);
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
        title={archived ? "Archived routines" : "Routines"}
        actions={
          <Link href="/routines/new" className={buttonClasses("primary")}>
            + New routine
          </Link>
        }
      />

      {/* On a phone the kids scroll sideways in one row instead of filling the screen. */}
      <nav
        aria-label="Filter routines"
        className="-mx-5 flex items-center gap-2 overflow-x-auto px-5 py-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0"
      >
        <Link
          href={href(undefined)}
          aria-current={!kidId ? "page" : undefined}
          className={`${chip} ${!kidId ? "bg-leaf-700 text-white ring-leaf-700" : "bg-white ring-stone-300"}`}
        >
          Everyone
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
          className="ml-auto shrink-0 whitespace-nowrap font-semibold underline"
        >
          {archived ? "Show active routines" : "Show archived"}
        </Link>
      </nav>

      {routines.length === 0 ? (
        <EmptyState
          emoji={archived ? "🗄️" : "🌅"}
          title={archived ? "No archived routines" : "No routines yet"}
          action={
            !archived && (
              <Link href="/routines/new" className={buttonClasses("primary")}>
                Create the first routine
              </Link>
            )
          }
        >
          {archived
            ? "Routines you archive wait here, with their history, until you restore them."
            : "Start with a morning or bedtime routine: a few picture cards, each with things to tick off."}
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
                    {describeWeekdays(routine.weekdays)} · {formatMinuteOfDay(routine.startMinute)}–
                    {formatMinuteOfDay(routine.endMinute)} · version {routine.versionNumber}
                  </p>
                </div>
              </div>
              {routine.itemCount === 0 && (
                <p className="rounded-xl bg-sun-100 px-3 py-2 text-sm">
                  Not shown to kids yet: add a card with an item.
                </p>
              )}
              {!isScheduledOn(routine.weekdays, today) ? (
                // Not on today: no "0/9 today" that looks like nobody did anything.
                <p className="text-sm text-ink-700">Not on today: nothing to do for it.</p>
              ) : (
                <ul
                  aria-label={`Progress today in ${routine.name}`}
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
                        aria-label={`${kid.displayName}: ${kid.checkedToday} of ${routine.itemCount} done today`}
                      />
                      <span className="w-12 shrink-0 text-right text-sm tabular-nums">
                        {kid.checkedToday}/{routine.itemCount}
                      </span>
                    </li>
                  ))}
                  {routine.kids.length === 0 && (
                    <li className="text-sm text-ink-700">No kid assigned.</li>
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
