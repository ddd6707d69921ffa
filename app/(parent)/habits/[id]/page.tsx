import { habitSchedule } from "@/components/habits/schedule";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ArchiveButton } from "@/components/ui/archive-button";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/ui/action-button";
import { formatDay } from "@/lib/time/format";
import { AttachedPhoto } from "@/components/media/attached-photo";
import { LogHabitForm, PauseForm } from "@/components/habits/habit-forms";
import { Heatmap } from "@/components/habits/heatmap";
import { WeekTotals } from "@/components/habits/week-totals";
import { weeklyTotals } from "@/lib/habits/measure";
import { Panel } from "@/components/layout/panel";
import { orNotFound, uuidParam } from "@/lib/pages";
import { parentPage } from "@/lib/auth/session";
import { getFamily } from "@/lib/families/queries";
import {
  archiveHabitAction,
  restoreHabitAction,
  setHabitPhotoAction,
  undoHabitLogAction,
} from "@/lib/habits/actions";
import { habitDetail } from "@/lib/habits/views";
import { addDays, localDateAt } from "@/lib/time/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("habits");
  return { title: t("detail.title") };
}

/** 2024-01-01 was a Monday. */

const card = "rounded-3xl bg-white p-6 shadow ring-1 ring-black/5";

export default async function HabitPage({ params }: PageProps<"/habits/[id]">) {
  const session = await parentPage("/habits");
  const id = uuidParam((await params).id);
  const family = await getFamily(session.familyId);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const [habit, t, locale] = await Promise.all([
    orNotFound(habitDetail(session.familyId, id, today)),
    getTranslations("habits"),
    getLocale(),
  ]);
  const longDay = (date: string) => formatDay(date, "long", locale);
  // A measured habit's goal for a week: a daily goal counts once per due day.
  const weekGoal =
    (habit.target ?? 0) * (habit.cadence === "DAILY" ? Math.max(1, habit.weekdays.length) : 1);
  const dates = Array.from({ length: 8 }, (_, i) => {
    const value = addDays(today, -i);
    return {
      value,
      label: i === 0 ? t("detail.today") : i === 1 ? t("detail.yesterday") : longDay(value),
    };
  });
  const schedule = () => habitSchedule(habit, t, locale);
  return (
    <>
      <PageHeader
        back={{ href: "/habits", label: t("list.title") }}
        icon={habit.icon}
        title={
          <>
            {habit.name}
            {habit.archivedAt && (
              <span className="ms-3 align-middle text-base font-semibold text-ink-700">
                {t("detail.archived")}
              </span>
            )}
          </>
        }
        actions={
          <>
            <AttachedPhoto
              photoId={habit.photoId}
              name={habit.name}
              action={setHabitPhotoAction}
              fields={{ habitId: habit.id }}
            />
            <ArchiveButton
              archived={habit.archivedAt !== null}
              archive={archiveHabitAction}
              restore={restoreHabitAction}
              fields={{ habitId: habit.id }}
              name={t("detail.archiveName", { name: habit.name })}
              consequence={t("detail.archiveConsequence")}
            />
          </>
        }
      />
      <p className="text-ink-700">
        {t("who", { name: habit.member.displayName, schedule: schedule() })}
      </p>
      <section aria-label={t("detail.streaks")} className="grid grid-cols-3 gap-4">
        {[
          {
            label:
              habit.cadence === "DAILY"
                ? t("detail.currentStreakDays")
                : t("detail.currentStreakWeeks"),
            value: habit.streak?.current ?? 0,
            emoji: "🔥",
          },
          { label: t("detail.longestStreak"), value: habit.streak?.longest ?? 0, emoji: "🏆" },
          {
            label: t("detail.last30Days"),
            value: habit.rate30 === null ? "–" : t("detail.rate", { rate: habit.rate30 }),
            emoji: "📈",
          },
        ].map((stat) => (
          <div key={stat.label} className={`${card} text-center`}>
            <p className="text-2xl font-extrabold sm:text-3xl">
              <span aria-hidden className="block sm:inline">
                {stat.emoji}{" "}
              </span>
              <span className="whitespace-nowrap">{stat.value}</span>
            </p>
            <p className="text-sm text-ink-700">{stat.label}</p>
          </div>
        ))}
      </section>
      {habit.unit && habit.target && (
        <Panel id="totals-heading" title={t("detail.weekTotals")}>
          <WeekTotals
            weeks={weeklyTotals(
              new Map(habit.days.map((d) => [d.date, d.count])),
              today,
              8,
              family.weekStart,
            ).map((week) => ({ ...week, label: formatDay(week.weekStart, "monthDay", locale) }))}
            goal={weekGoal}
            label={t("detail.weekTotals")}
            goalLabel={t("detail.goalLine", {
              goal: t(`units.${habit.unit}`, { count: weekGoal }),
            })}
            describe={(week) =>
              t("detail.weekTotal", {
                week: week.label,
                total: t(`units.${habit.unit!}`, { count: week.total }),
                goal: t(`units.${habit.unit!}`, { count: weekGoal }),
              })
            }
          />
        </Panel>
      )}
      <Panel id="heatmap-heading" title={t("detail.theYear")}>
        <Heatmap days={habit.days} weekStart={family.weekStart} />
      </Panel>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="log-heading" title={t("detail.logIt")}>
          <LogHabitForm
            habitId={habit.id}
            dates={dates}
            weekly={habit.cadence === "WEEKLY"}
            unit={habit.unit}
          />
          {habit.recentLogs.length > 0 && (
            <ul className="mt-5 flex flex-col gap-2" aria-label={t("detail.recentLogs")}>
              {habit.recentLogs.map((log) => (
                <li
                  key={log.id}
                  className="flex items-center justify-between gap-3 rounded-2xl bg-sun-50 px-4 py-2"
                >
                  <span>
                    {habit.unit
                      ? t("detail.logAmount", {
                          day: formatDay(log.date, "short", locale),
                          amount: t(`units.${habit.unit}`, { count: log.count }),
                        })
                      : log.count > 1
                        ? t("detail.logTimes", {
                            day: formatDay(log.date, "short", locale),
                            count: log.count,
                          })
                        : formatDay(log.date, "short", locale)}
                  </span>
                  <ActionButton
                    action={undoHabitLogAction}
                    fields={{ habitId: habit.id, logId: log.id }}
                    variant="quiet"
                    size="sm"
                    confirm={{
                      title: t("detail.undoTitle", { day: longDay(log.date) }),
                      description: t("detail.undoDescription"),
                      confirmLabel: t("detail.undoConfirm"),
                    }}
                  >
                    {t.rich("detail.undo", {
                      day: longDay(log.date),
                      hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="pause-heading" title={t("detail.pauseTitle")} intro={t("detail.pauseIntro")}>
          <PauseForm
            habitId={habit.id}
            memberId={habit.member.id}
            memberName={habit.member.displayName}
            today={today}
          />
        </Panel>
      </div>
      {habit.notes.length > 0 && (
        <Panel id="notes-heading" title={t("detail.recentNotes")}>
          <ul className="flex flex-col gap-2">
            {habit.notes.map((n) => (
              <li key={n.date}>
                {t.rich("detail.note", {
                  day: formatDay(n.date, "short", locale),
                  note: n.note,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </>
  );
}
