// What the API sends about habits, their logs, streaks and pauses (see ./dto.ts).
import { z } from "zod";
import { id, localDate, timestamp, undone, weekdays } from "@/lib/api/v1/dto";

export const streakDto = z
  .object({ current: z.number().int(), longest: z.number().int() })
  .meta({ title: "Streak" });

export const habitDto = z
  .object({
    id,
    memberId: id,
    name: z.string(),
    icon: z.string(),
    cadence: z.enum(["DAILY", "WEEKLY"]),
    weekdays,
    timesPerWeek: z.number().int().nullable(),
    unit: z
      .enum(["MINUTES", "TIMES", "PAGES", "GLASSES", "KM"])
      .nullable()
      .meta({ description: "A measured habit's unit; null for a habit done or not." }),
    target: z.number().int().nullable().meta({
      description: "A measured habit's goal per due day (DAILY) or family week (WEEKLY).",
    }),
    startDate: localDate,
    points: z
      .number()
      .int()
      .meta({ description: "Points for each log, or each period a measured habit's goal is met." }),
    archived: z.boolean(),
    createdAt: timestamp,
  })
  .meta({ title: "Habit" });

export const habitLogDto = z
  .object({
    id,
    habitId: id,
    date: localDate,
    count: z.number().int(),
    note: z.string().nullable(),
    streak: streakDto,
    undone,
  })
  .meta({ title: "HabitLog" });

export const habitStreakDto = streakDto
  .extend({ habitId: id, computedFor: localDate })
  .meta({ title: "HabitStreak" });

export const habitPauseDto = z
  .object({
    id,
    kind: z.enum(["PAUSE", "EXCUSED"]),
    startDate: localDate,
    endDate: localDate,
    reason: z.string(),
    wholeMember: z
      .boolean()
      .meta({ description: "The pause covers every habit of the member, not only this one." }),
    createdAt: timestamp,
  })
  .meta({ title: "HabitPause" });

export const habitLogEntryDto = habitLogDto
  .omit({ streak: true, undone: true })
  .extend({ createdAt: timestamp })
  .meta({ title: "HabitLogEntry" });
