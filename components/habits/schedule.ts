import type { HabitUnit } from "@/lib/habits/measure";
import { describeWeekdays, type WeekdaysKey } from "@/lib/routines/rules";

type Say = (
  key:
    | `schedule.${WeekdaysKey}`
    | "schedule.timesPerWeek"
    | "schedule.goalWeek"
    | `units.${HabitUnit}`,
  values?: { count?: number; goal?: string },
) => string;

/**
 * A habit's schedule in the reader's language: "Mon–Fri", "Every day", "Sat, Sun" (the routines'
 * weekday rule), or "3× a week". `say` is the "habits" messages' translator.
 */
export function habitSchedule(
  habit: {
    cadence: string;
    weekdays: number[];
    timesPerWeek: number | null;
    unit?: HabitUnit | null;
    target?: number | null;
  },
  say: Say,
  locale: string,
): string {
  // A measured habit's weekly goal: "120 minutes a week" (issue 21).
  if (habit.cadence !== "DAILY" && habit.unit && habit.target)
    return say("schedule.goalWeek", { goal: say(`units.${habit.unit}`, { count: habit.target }) });
  if (habit.cadence !== "DAILY")
    return say("schedule.timesPerWeek", { count: habit.timesPerWeek ?? 0 });
  return describeWeekdays(habit.weekdays, { locale, say: (key) => say(`schedule.${key}`) });
}
