// /api/v1/habits, their logs and streaks.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { decodeCursor, keyset, pageOf, pageQuery, pageSchema } from "@/lib/api/pagination";
import { localDate } from "@/lib/api/v1/dto";
import { habitDto, habitLogDto, habitStreakDto } from "@/lib/api/v1/habit-dto";
import { assertBackfill, booleanQuery } from "@/lib/api/v1/query";
import { findHabit, listHabitsPage } from "@/lib/habits/lists";
import { createHabit, updateHabit } from "@/lib/habits/queries";
import { logHabit, undoHabitLog } from "@/lib/habits/logs";
import { habitStreak } from "@/lib/habits/views";
import { emoji } from "@/lib/routines/schemas";
import { HABIT_UNITS, MAX_AMOUNT, MAX_TARGET } from "@/lib/habits/measure";
import { habitRules } from "@/lib/habits/schemas";
import { visibleName } from "@/lib/validation/text";
import { fromDbDate } from "@/lib/time/rules";

const idParams = z.strictObject({ id: z.uuid() });
const points = z.number().int().min(0).max(1000);
const habitName = visibleName({ required: "Give the habit a name.", max: 80 });

type HabitRow = Awaited<ReturnType<typeof findHabit>>;
export const toDto = ({ archivedAt, startDate, createdAt, ...habit }: HabitRow) => ({
  ...habit,
  startDate: fromDbDate(startDate),
  archived: archivedAt !== null,
  createdAt: createdAt.toISOString(),
});

export const listHabitsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/habits",
  operationId: "listHabits",
  tag: "Habits",
  summary: "Habits, oldest first",
  access: "read",
  query: z.strictObject({
    ...pageQuery,
    archived: booleanQuery.meta({ description: "List archived habits instead." }),
    memberId: z.uuid().optional().meta({ description: "Only this family member's habits." }),
  }),
  response: { status: 200, description: "One page of habits.", schema: pageSchema(habitDto) },
  async handle({ caller, query }) {
    const rows = await listHabitsPage(callerOf(caller).familyId, {
      archived: query.archived,
      memberId: query.memberId,
      limit: query.limit,
      after: keyset(decodeCursor(query.cursor)).where,
    });
    const page = pageOf(rows, query.limit);
    return { body: { ...page, data: page.data.map(toDto) } };
  },
});

export const createHabitEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/habits",
  operationId: "createHabit",
  tag: "Habits",
  summary: "Create a habit for a family member",
  description:
    "DAILY habits are due on `weekdays`; WEEKLY habits `timesPerWeek` times in any week of the family (its `weekStart`).",
  access: "write",
  body: z
    .strictObject({
      memberId: z.uuid(),
      name: habitName,
      icon: emoji,
      cadence: z.enum(["DAILY", "WEEKLY"]),
      weekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
      timesPerWeek: z.number().int().min(1).max(7).optional(),
      startDate: localDate,
      points: points.default(5).meta({
        description: "Points for each log, or each period a measured habit's goal is met.",
      }),
      unit: z
        .enum(HABIT_UNITS)
        .optional()
        .meta({
          description:
            "A measured habit: what it counts. Logs then add amounts (`count`) and `target` is the " +
            "goal per due day (DAILY) or per family week (WEEKLY).",
        }),
      target: z.number().int().min(1).max(MAX_TARGET).optional(),
    })
    .superRefine(habitRules),
  response: { status: 201, description: "The new habit.", schema: habitDto },
  errors: [413, 415, 422],
  example: {
    body: {
      memberId: "8f0e3b8e-4a59-4c1b-9d55-2f0f1b8c0a11",
      name: "Read a book",
      icon: "📚",
      cadence: "DAILY",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startDate: "2026-11-27",
    },
  },
  async handle({ caller, body }) {
    const { familyId } = callerOf(caller);
    const habit = await createHabit(familyId, {
      ...body,
      weekdays: [...new Set(body.weekdays)].sort((a, b) => a - b),
    });
    return {
      status: 201,
      body: toDto(await findHabit(familyId, habit.id)),
      headers: { Location: `/api/v1/habits/${habit.id}` },
    };
  },
});

export const updateHabitEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/habits/{id}",
  operationId: "updateHabit",
  tag: "Habits",
  summary: "Rename, change the picture or points, archive or restore",
  description:
    "The schedule cannot change: a new schedule is a new habit with a fresh streak. An archived " +
    "habit is read-only (409) until restored with `archived: false`, which may come with edits.",
  access: "write",
  params: idParams,
  body: z.strictObject({
    name: habitName.optional(),
    icon: emoji.optional(),
    points: points.optional(),
    archived: z.boolean().optional(),
  }),
  response: { status: 200, description: "The habit.", schema: habitDto },
  errors: [409, 413, 415],
  example: { body: { name: "Read for 20 minutes" } },
  async handle({ caller, params, body }) {
    return { body: toDto(await updateHabit(callerOf(caller).familyId, params.id, body)) };
  },
});

export const archiveHabitEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/habits/{id}",
  operationId: "archiveHabit",
  tag: "Habits",
  summary: "Archive a habit",
  description: "Its logs and streak are kept; PATCH with `archived: false` restores it.",
  access: "write",
  params: idParams,
  response: { status: 200, description: "The archived habit.", schema: habitDto },
  async handle({ caller, params }) {
    const habit = await updateHabit(callerOf(caller).familyId, params.id, { archived: true });
    return { body: toDto(habit) };
  },
});

export const logHabitEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/habits/{id}/logs",
  operationId: "logHabit",
  tag: "Habits",
  summary: "Log a habit on a day",
  description:
    "One log per habit and day: the first write answers 201, a repeat answers 200 with the " +
    "stored log and changes nothing. With a `clientEventId`, a retry answers the stored log also " +
    "after the family's day rolled over, a retry of a log that was undone since answers 200 with " +
    "`undone: true` (and `count: 0`) and logs nothing, and the same key for another habit answers " +
    "409 `idempotency_key_reused`. The answer carries the streak after the log. A log is " +
    "accepted for today or up to 7 days back, from the habit's start date, and for a daily habit " +
    "only on its weekdays: otherwise 422 `rule_violation`, saying which. An archived habit " +
    "answers 409. A measured habit (`unit`) adds `count` to the day instead: its points come " +
    "once per day or week whose `target` is met.",
  access: "write",
  params: idParams,
  body: z.strictObject({
    date: localDate.optional().meta({ description: "Default: the family's today." }),
    count: z
      .number()
      .int()
      .min(1)
      .max(MAX_AMOUNT)
      .default(1)
      .meta({
        description:
          "Times that day; for a measured habit, the amount to add to the day (each request with a " +
          "new `clientEventId` adds, and the log's `count` is the day's total).",
      }),
    note: z.string().trim().max(280).optional(),
    clientEventId: z.uuid().optional().meta({ description: "A UUID you generate once per tap." }),
  }),
  response: { status: 201, description: "The log and the streak.", schema: habitLogDto },
  alsoAnswers: [
    {
      status: 200,
      description: "A replay: the habit was already logged that day; nothing changed.",
    },
  ],
  errors: [409, 413, 415, 422],
  example: { body: { note: "Read two chapters" } },
  async handle({ caller, params, body }) {
    const { familyId, today } = callerOf(caller);
    const now = await today();
    const date = body.date ?? now;
    assertBackfill(date, now);
    const result = await logHabit(familyId, params.id, {
      date,
      today: now,
      count: body.count,
      note: body.note,
      clientEventId: body.clientEventId,
    });
    return {
      status: result.created ? 201 : 200,
      body: {
        ...result.log,
        streak: result.streak,
        ...("undone" in result && result.undone ? { undone: true as const } : {}),
      },
    };
  },
});

export const deleteHabitLogEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/habit-logs/{id}",
  operationId: "deleteHabitLog",
  tag: "Habits",
  summary: "Undo a habit log",
  description:
    "The answer carries the streak after the undo. A log of an archived habit answers 409. A " +
    "later retry of the request that made the log answers `undone: true` and logs nothing.",
  access: "write",
  params: idParams,
  response: { status: 200, description: "The removed log.", schema: habitLogDto },
  errors: [409],
  async handle({ caller, params }) {
    const { familyId, today } = callerOf(caller);
    const { log, streak } = await undoHabitLog(familyId, params.id, await today());
    return { body: { ...log, streak } };
  },
});

export const habitStreakEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/habits/{id}/streak",
  operationId: "getHabitStreak",
  tag: "Habits",
  summary: "A habit's current and longest streak",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The streak as of today.", schema: habitStreakDto },
  async handle({ caller, params }) {
    const { familyId, today } = callerOf(caller);
    return { body: await habitStreak(familyId, params.id, await today()) };
  },
});
