// Away days in the API (issue 21): where a kid is on which day. A kid of two households has a
// repeating pattern (week A / week B, every other weekend, any days of a 1–4 week cycle) and
// one-off ranges away or at home after all; while away nothing is due for the kid.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import {
  addAwayRange,
  awayCalendar,
  clearAwayPattern,
  removeAwayRange,
  setAwayPattern,
} from "@/lib/away/queries";
import { CYCLE_DAYS, whereabouts } from "@/lib/away/rules";
import { checkOffsets, checkRange, localDate, optionalPlace, place } from "@/lib/away/schemas";
import { NotFoundError } from "@/lib/errors";
import { getMember } from "@/lib/families/queries";

const idParams = z.strictObject({ id: z.uuid() });
const date = localDate.meta({ description: "A local date, YYYY-MM-DD." });

const patternDto = z
  .object({
    place: z.string(),
    startDate: z.string(),
    cycleDays: z.int(),
    awayDays: z.array(z.int()),
  })
  .nullable()
  .meta({ title: "AwayPattern" });
const rangeDto = z
  .object({
    id: z.uuid(),
    kind: z.enum(["AWAY", "HOME"]),
    startDate: z.string(),
    endDate: z.string(),
    place: z.string().nullable(),
  })
  .meta({ title: "AwayRange" });
const calendarDto = z
  .object({
    today: z
      .object({ place: z.string().nullable(), until: z.string().nullable() })
      .nullable()
      .meta({ description: "Where the kid is today and the last day of the stay; null at home." }),
    pattern: patternDto,
    days: z.array(rangeDto),
  })
  .meta({ title: "AwayCalendar" });

async function kidOf(familyId: string, id: string) {
  const member = await getMember(familyId, id);
  if (member.role !== "CHILD") throw new NotFoundError("That kid");
}

async function calendarOut(familyId: string, kidId: string, today: string) {
  const calendar = await awayCalendar(familyId, kidId);
  return {
    today: whereabouts(calendar, today),
    pattern: calendar.pattern && { ...calendar.pattern, awayDays: [...calendar.pattern.awayDays] },
    days: calendar.days,
  };
}

export const getAwayEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}/away",
  operationId: "getAway",
  tag: "Away days",
  summary: "Where a kid is: today, the repeating pattern and one-off days",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The kid's away calendar.", schema: calendarDto },
  async handle({ caller, params }) {
    const { familyId, today } = callerOf(caller);
    await kidOf(familyId, params.id);
    return { body: await calendarOut(familyId, params.id, await today()) };
  },
});

export const setAwayPatternEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members/{id}/away/pattern",
  operationId: "setAwayPattern",
  tag: "Away days",
  summary: "Set (or replace) a kid's repeating away pattern",
  description:
    "A cycle of `cycleDays` days (7, 14, 21 or 28) from `startDate`, away on the days at the " +
    "`awayDays` offsets (0 is `startDate`). Week on / week off: 14 days, `[7, …, 13]`. The kid's " +
    "habit streaks are recounted with it: days away pause them.",
  access: "write",
  params: idParams,
  body: z
    .strictObject({
      place: place.meta({ description: "Where the kid is then, e.g. “Dad's”." }),
      startDate: date,
      cycleDays: z.union(CYCLE_DAYS.map((n) => z.literal(n))),
      awayDays: z.array(z.int().min(0).max(27)).max(28),
    })
    .superRefine(checkOffsets),
  response: { status: 200, description: "The kid's away calendar now.", schema: calendarDto },
  errors: [413, 415],
  example: {
    body: {
      place: "Dad's",
      startDate: "2026-11-30",
      cycleDays: 14,
      awayDays: [7, 8, 9, 10, 11, 12, 13],
    },
  },
  async handle({ caller, params, body }) {
    const { familyId, today } = callerOf(caller);
    const now = await today();
    await setAwayPattern(familyId, params.id, body, now);
    return { body: await calendarOut(familyId, params.id, now) };
  },
});

export const clearAwayPatternEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/members/{id}/away/pattern",
  operationId: "clearAwayPattern",
  tag: "Away days",
  summary: "Remove a kid's repeating pattern (one-off days stay)",
  access: "write",
  params: idParams,
  response: { status: 200, description: "The kid's away calendar now.", schema: calendarDto },
  async handle({ caller, params }) {
    const { familyId, today } = callerOf(caller);
    const now = await today();
    await clearAwayPattern(familyId, params.id, now);
    return { body: await calendarOut(familyId, params.id, now) };
  },
});

export const addAwayRangeEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members/{id}/away/days",
  operationId: "addAwayDays",
  tag: "Away days",
  summary: "Add one-off days away, or at home after all",
  description:
    "`AWAY`: a trip or a swapped weekend (`place` empty: the pattern's). `HOME`: at home on days " +
    "the pattern says away; it wins over both. At most a year per range.",
  access: "write",
  params: idParams,
  body: z
    .strictObject({
      kind: z.enum(["AWAY", "HOME"]),
      startDate: date,
      endDate: date,
      place: optionalPlace.meta({ description: "AWAY only; ignored for HOME." }),
    })
    .superRefine(checkRange),
  response: { status: 201, description: "The new range.", schema: rangeDto },
  errors: [413, 415],
  example: {
    body: { kind: "AWAY", startDate: "2026-12-24", endDate: "2026-12-27", place: "Grandma's" },
  },
  async handle({ caller, params, body }) {
    const { familyId, today } = callerOf(caller);
    const range = await addAwayRange(familyId, params.id, body, await today());
    return { status: 201, body: range };
  },
});

export const removeAwayRangeEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/members/{id}/away/days/{dayId}",
  operationId: "removeAwayDays",
  tag: "Away days",
  summary: "Remove one-off days",
  access: "write",
  params: z.strictObject({ id: z.uuid(), dayId: z.uuid() }),
  response: { status: 200, description: "Removed: null.", schema: z.null() },
  async handle({ caller, params }) {
    const { familyId, today } = callerOf(caller);
    if (!(await removeAwayRange(familyId, params.id, params.dayId, await today())))
      throw new NotFoundError("Those days");
    return { body: null };
  },
});
