import type { Metadata } from "next";
import { ArchiveButton } from "@/components/ui/archive-button";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/ui/action-button";
import { formatDay } from "@/lib/time/format";
import { AttachedPhoto } from "@/components/media/attached-photo";
import { LogHabitForm, PauseForm } from "@/components/habits/habit-forms";
import { Heatmap } from "@/components/habits/heatmap";
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
import { describeWeekdays } from "@/lib/routines/rules";
import { addDays, localDateAt } from "@/lib/time/rules";

export const metadata: Metadata = { title: "Habit" };

const card = "rounded-3xl bg-white p-6 shadow ring-1 ring-black/5";

export default async function HabitPage({ params }: PageProps<"/habits/[id]">) {
  const session = await parentPage("/habits");
  const id = uuidParam((await params).id);
  const family = await getFamily(session.familyId);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const habit = await orNotFound(habitDetail(session.familyId, id, today));
  const dates = Array.from({ length: 8 }, (_, i) => {
    const value = addDays(today, -i);
    return {
      value,
      label: i === 0 ? "Today" : i === 1 ? "Yesterday" : formatDay(value, "long"),
    };
  });
  return (
    <>
      <PageHeader
        back={{ href: "/habits", label: "Habits" }}
        icon={habit.icon}
        title={
          <>
            {habit.name}
            {habit.archivedAt && (
              <span className="ml-3 align-middle text-base font-semibold text-ink-700">
                (archived)
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
              name={`“${habit.name}”`}
              consequence="It leaves the tablet and the lists. Its logs and streaks stay, and you can restore it any time."
            />
          </>
        }
      />
      <p className="text-ink-700">
        {habit.member.displayName} ·{" "}
        {habit.cadence === "DAILY"
          ? describeWeekdays(habit.weekdays)
          : `${habit.timesPerWeek}× a week`}
      </p>
      <section aria-label="Streaks" className="grid grid-cols-3 gap-4">
        {[
          {
            label: habit.cadence === "DAILY" ? "Current streak (days)" : "Current streak (weeks)",
            value: habit.streak?.current ?? 0,
            emoji: "🔥",
          },
          { label: "Longest streak", value: habit.streak?.longest ?? 0, emoji: "🏆" },
          {
            label: "Last 30 days",
            value: habit.rate30 === null ? "–" : `${habit.rate30}%`,
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
      <Panel id="heatmap-heading" title="The year">
        <Heatmap days={habit.days} />
      </Panel>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="log-heading" title="Log it">
          <LogHabitForm habitId={habit.id} dates={dates} weekly={habit.cadence === "WEEKLY"} />
          {habit.recentLogs.length > 0 && (
            <ul className="mt-5 flex flex-col gap-2" aria-label="Recent logs">
              {habit.recentLogs.map((log) => (
                <li
                  key={log.id}
                  className="flex items-center justify-between gap-3 rounded-2xl bg-sun-50 px-4 py-2"
                >
                  <span>
                    {formatDay(log.date)}
                    {log.count > 1 ? ` ×${log.count}` : ""}
                  </span>
                  <ActionButton
                    action={undoHabitLogAction}
                    fields={{ habitId: habit.id, logId: log.id }}
                    variant="quiet"
                    size="sm"
                    confirm={{
                      title: `Undo the log of ${formatDay(log.date, "long")}?`,
                      description:
                        "The day no longer counts for the streak, and its stars are taken back.",
                      confirmLabel: "Undo the log",
                    }}
                  >
                    Undo<span className="sr-only"> {formatDay(log.date, "long")}</span>
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel
          id="pause-heading"
          title="Pause or excuse"
          intro="Holiday, sick day: these days neither count nor break the streak."
        >
          <PauseForm
            habitId={habit.id}
            memberId={habit.member.id}
            memberName={habit.member.displayName}
            today={today}
          />
        </Panel>
      </div>
      {habit.notes.length > 0 && (
        <Panel id="notes-heading" title="Recent notes">
          <ul className="flex flex-col gap-2">
            {habit.notes.map((n) => (
              <li key={n.date}>
                <strong>{n.date}</strong>: {n.note}
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </>
  );
}
