import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Avatar } from "@/components/family/avatar";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { parentPage } from "@/lib/auth/session";
import { LiveRefresh } from "@/components/dashboard/live-refresh";
import { RequestList } from "@/components/dashboard/request-list";
import { GettingStartedSteps } from "@/components/dashboard/getting-started";
import { WeekChart } from "@/components/dashboard/week-chart";
import { gettingStarted } from "@/lib/dashboard/getting-started";
import { loadDashboard } from "@/lib/dashboard/queries";
import { whereaboutsWords } from "@/lib/away/words";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage() {
  const session = await parentPage("/dashboard");
  const [{ stamp, kids, requests, today, untaken, goals }, setUp, t, awayLine, units] =
    await Promise.all([
      loadDashboard(session.familyId),
      gettingStarted(session.familyId),
      getTranslations("dashboard"),
      whereaboutsWords(),
      getTranslations("habits.units"),
    ]);

  // Waiting requests come first; with none, the kids do.
  const requestsPanel = (
    <section
      aria-labelledby="requests-heading"
      className="flex flex-col gap-3 rounded-3xl bg-white p-6 shadow ring-1 ring-black/5"
    >
      <h2 id="requests-heading" className="text-xl font-bold">
        {t("requests.heading")}
      </h2>
      <RequestList requests={requests} />
    </section>
  );
  return (
    <>
      <PageHeader
        title={t("hello", { name: session.name.split(" ")[0] ?? "" })}
        actions={<LiveRefresh stamp={stamp} />}
      />
      <GettingStartedSteps done={setUp} />
      {requests.length > 0 && requestsPanel}
      {untaken.length > 0 && (
        <section
          aria-labelledby="untaken-heading"
          className="flex flex-col gap-2 rounded-3xl bg-amber-50 p-6 ring-1 ring-amber-200"
        >
          <h2 id="untaken-heading" className="text-xl font-bold">
            {t("untaken.heading")}
          </h2>
          <p className="text-ink-700">{t("untaken.intro")}</p>
          <ul className="flex flex-wrap gap-2">
            {untaken.map((routine) => (
              <li key={routine.id}>
                <IntentLink
                  href={`/routines/${routine.id}`}
                  className="inline-flex min-h-11 items-center gap-2 rounded-full bg-white px-4 font-semibold shadow ring-1 ring-black/10"
                >
                  <span aria-hidden>{routine.icon}</span>
                  {routine.name}
                </IntentLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {goals.length > 0 && (
        <section
          aria-labelledby="goals-heading"
          className="flex flex-col gap-2 rounded-3xl bg-green-50 p-6 ring-1 ring-green-200"
        >
          <h2 id="goals-heading" className="text-xl font-bold">
            <span aria-hidden>🎯 </span>
            {t("goals.heading")}
          </h2>
          <p className="text-ink-700">{t("goals.intro")}</p>
          <ul className="flex flex-wrap gap-2">
            {goals.map((goal) => (
              <li key={goal.id} className="max-w-full">
                <IntentLink
                  href={`/money/${goal.memberId}`}
                  className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-3xl bg-white px-4 py-2 font-semibold shadow ring-1 ring-black/10"
                >
                  <span aria-hidden>{goal.emoji}</span>
                  <span className="min-w-0 break-words">
                    {t("goals.item", { kid: goal.displayName, goal: goal.label })}
                  </span>
                </IntentLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="kids-heading" className="flex flex-col gap-4">
        <h2 id="kids-heading" className="text-xl font-bold">
          {t("kids.heading")}
        </h2>
        {kids.length === 0 ? (
          <EmptyState
            emoji="🧒"
            title={t("kids.emptyTitle")}
            action={
              <IntentLink href="/family" className={buttonClasses("primary")}>
                {t("kids.addFirst")}
              </IntentLink>
            }
          >
            {t("kids.empty")}
          </EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {kids.map((kid) => (
              <li
                key={kid.id}
                className="flex items-start gap-4 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5"
              >
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <p className="flex flex-wrap items-baseline justify-between gap-x-2 gap-y-1 text-lg font-bold">
                    {kid.displayName}
                    <span className="shrink-0 rounded-full bg-amber-100 px-3 py-0.5 text-base whitespace-nowrap text-amber-900">
                      <span aria-hidden>⭐ </span>
                      {t("kids.stars", { count: kid.points })}
                    </span>
                  </p>
                  {kid.away && (
                    <p className="font-semibold text-sky-800">
                      <span aria-hidden>🏡 </span>
                      {awayLine(kid.away, today)}
                    </p>
                  )}
                  {!kid.away && kid.routines.length === 0 && kid.habits.length === 0 && (
                    <p className="text-sm text-ink-700">{t("kids.nothingPlanned")}</p>
                  )}
                  <ul
                    className="text-sm"
                    aria-label={t("kids.routinesToday", { name: kid.displayName })}
                  >
                    {kid.routines.map((routine) => (
                      <li key={routine.id}>
                        <span aria-hidden>{routine.icon} </span>
                        {t("kids.routineProgress", {
                          name: routine.name,
                          done: routine.done,
                          total: routine.total,
                        })}
                        {routine.total > 0 && routine.done === routine.total && <span> ✅</span>}
                        {routine.pool === "free" && (
                          <span className="text-violet-800"> · 🙋 {t("kids.poolFree")}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                  <ul
                    className="text-sm"
                    aria-label={t("kids.habitsToday", { name: kid.displayName })}
                  >
                    {kid.habits.map((habit) => (
                      <li key={habit.id}>
                        <span aria-hidden>{habit.icon} </span>
                        {habit.unit && habit.target
                          ? t("kids.habitAmount", {
                              name: habit.name,
                              done: units(habit.unit, {
                                count:
                                  habit.cadence === "WEEKLY" ? habit.weekAmount : habit.dayAmount,
                              }),
                              goal: units(habit.unit, { count: habit.target }),
                            })
                          : habit.logId
                            ? t("kids.habitDone", { name: habit.name })
                            : t("kids.habitNotYet", { name: habit.name })}
                      </li>
                    ))}
                  </ul>
                  {/* No chart of an empty week: nothing was planned for this kid yet. */}
                  {(kid.routines.length > 0 ||
                    kid.habits.length > 0 ||
                    kid.week.some((day) => day.routines + day.habitsDone > 0)) && (
                    <WeekChart name={kid.displayName} days={kid.week} />
                  )}
                  <IntentLink
                    href={`/dashboard/kids/${kid.id}`}
                    aria-label={t("kids.pastDaysLabel", { name: kid.displayName })}
                    className="inline-flex min-h-11 items-center self-start font-bold underline decoration-stone-400 underline-offset-4 hover:text-leaf-700"
                  >
                    {t("kids.pastDays")}
                  </IntentLink>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {requests.length === 0 && requestsPanel}
    </>
  );
}
