// /api/v1/habits/{id}, its logs and pauses: what a habit is and what happened to it.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { localDate } from "@/lib/api/v1/dto";
import { habitDto, habitLogEntryDto, habitPauseDto } from "@/lib/api/v1/habit-dto";
import { toDto } from "@/lib/api/v1/habits";
import { findHabit, habitLogsPage, habitPauses } from "@/lib/habits/lists";
import { fromDbDate } from "@/lib/time/rules";

const idParams = z.strictObject({ id: z.uuid() });

export const getHabitEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/habits/{id}",
  operationId: "getHabit",
  tag: "Habits",
  summary: "One habit, archived or not",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The habit.", schema: habitDto },
  async handle({ caller, params }) {
    return { body: toDto(await findHabit(callerOf(caller).familyId, params.id)) };
  },
});

export const listHabitLogsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/habits/{id}/logs",
  operationId: "listHabitLogs",
  tag: "Habits",
  summary: "A habit's logs, newest day first",
  description: "One log per day at most. `from` and `to` (inclusive) narrow the days.",
  access: "read",
  params: idParams,
  query: z.strictObject({
    from: localDate.optional(),
    to: localDate.optional(),
    limit: z.coerce.number().int().min(1).max(366).default(60).meta({
      description: "Logs per page, 1 to 366 (default 60).",
    }),
    cursor: localDate.optional().meta({ description: "The `nextCursor` of the previous page." }),
  }),
  response: {
    status: 200,
    description: "One page of logs.",
    schema: z.object({
      data: z.array(habitLogEntryDto),
      nextCursor: localDate.nullable().meta({
        description: "Pass as `cursor` for the next (older) page; null on the last page.",
      }),
    }),
  },
  async handle({ caller, params, query }) {
    const rows = await habitLogsPage(callerOf(caller).familyId, params.id, {
      from: query.from,
      to: query.to,
      before: query.cursor,
      limit: query.limit,
    });
    const data = rows.slice(0, query.limit).map(({ localDate: day, createdAt, ...log }) => ({
      ...log,
      date: fromDbDate(day),
      createdAt: createdAt.toISOString(),
    }));
    return {
      body: { data, nextCursor: rows.length > query.limit ? data.at(-1)!.date : null },
    };
  },
});

export const listHabitPausesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/habits/{id}/pauses",
  operationId: "listHabitPauses",
  tag: "Habits",
  summary: "The pauses and excused days that cover a habit",
  description:
    "Days in a pause do not break the streak. A pause of the member covers all their habits " +
    "(`wholeMember: true`).",
  access: "read",
  params: idParams,
  response: {
    status: 200,
    description: "The pauses, oldest first.",
    schema: z.object({ data: z.array(habitPauseDto) }),
  },
  async handle({ caller, params }) {
    const rows = await habitPauses(callerOf(caller).familyId, params.id);
    return {
      body: {
        data: rows.map(({ memberId, startDate, endDate, createdAt, ...pause }) => ({
          ...pause,
          startDate: fromDbDate(startDate),
          endDate: fromDbDate(endDate),
          wholeMember: memberId !== null,
          createdAt: createdAt.toISOString(),
        })),
      },
    };
  },
});
