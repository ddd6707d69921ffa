import { describeWeekdays, type WeekdaysKey } from "@/lib/routines/rules";

type Say = (
  key: `schedule.${WeekdaysKey}` | "schedule.timesPerWeek",
  values?: { count: number },
) => string;

/**
 * A habit's schedule in the reader's language: "Mon–Fri", "Every day", "Sat, Sun" (the routines'
 * weekday rule), or "3× a week". `say` is the "habits" messages' translator.
 */
export function habitSchedule(
  habit: { cadence: string; weekdays: number[]; timesPerWeek: number | null },
  say: Say,
  locale: string,
): string {
  if (habit.cadence !== "DAILY")
    return say("schedule.timesPerWeek", { count: habit.timesPerWeek ?? 0 });
  return describeWeekdays(habit.weekdays, { locale, say: (key) => say(`schedule.${key}`) });
}
