// /api/v1/today, /api/v1/members/{id}/today and /api/v1/checks: the kids' day and checking items
// off.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { assertBackfill } from "@/lib/api/v1/query";
import { localDate } from "@/lib/api/v1/dto";
import { checkDto, checkListDto, familyTodayDto, todayDto } from "@/lib/api/v1/routine-dto";
import { checkItem, uncheckItem } from "@/lib/checks/queries";
import { checksOfDay, findCheck } from "@/lib/checks/views";
import { listMembers } from "@/lib/families/queries";
import { memberDay, memberDays, type MemberDay } from "@/lib/routines/day";
import { formatMinuteOfDay } from "@/lib/time/rules";

const idParams = z.strictObject({ id: z.uuid() });

export const memberTodayEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}/today",
  operationId: "getMemberToday",
  tag: "Today",
  summary: "A kid's routines on a day, with what is checked",
  description:
    "The routines scheduled that weekday, each in the version that was current that day, with " +
    "cards, items and the id of each item's check (null when not checked).",
  access: "read",
  params: idParams,
  query: z.strictObject({
    date: localDate.optional().meta({ description: "Default: the family's today." }),
  }),
  response: { status: 200, description: "The kid's day.", schema: todayDto },
  async handle({ caller, params, query }) {
    const { familyId, today } = callerOf(caller);
    const date = query.date ?? (await today());
    const day = await memberDay(familyId, params.id, date);
    if (!day) throw new ApiError(404, "not_found", "That family member was not found.");
    return { body: { ...dayDto(day), date } };
  },
});

const dayDto = (day: MemberDay) => ({
  member: day.member,
  routines: day.routines.map((r) => ({
    ...r,
    start: formatMinuteOfDay(r.startMinute),
    end: formatMinuteOfDay(r.endMinute),
  })),
});

export const familyTodayEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/today",
  operationId: "getFamilyToday",
  tag: "Today",
  summary: "Every kid's routines on a day, in one call",
  description:
    "What `GET /api/v1/members/{id}/today` answers, for each current (not archived) kid, in " +
    "the order of the family page. For a wall display or a home automation that shows the " +
    "whole family.",
  access: "read",
  query: z.strictObject({
    date: localDate.optional().meta({ description: "Default: the family's today." }),
  }),
  response: { status: 200, description: "The kids' day.", schema: familyTodayDto },
  async handle({ caller, query }) {
    const { familyId, today } = callerOf(caller);
    const date = query.date ?? (await today());
    const kids = (await listMembers(familyId)).filter((m) => m.role === "CHILD");
    // Every kid in one statement, in the family page's order.
    const days = await memberDays(
      familyId,
      kids.map((kid) => kid.id),
      date,
    );
    return {
      body: {
        date,
        kids: kids.flatMap((kid) => {
          const day = days.get(kid.id);
          return day ? [dayDto(day)] : [];
        }),
      },
    };
  },
});

export const listChecksEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/checks",
  operationId: "listChecks",
  tag: "Today",
  summary: "The checks of a day, in the order they were made",
  description: "Every kid's, or one kid's with `memberId`. Undone checks are not listed.",
  access: "read",
  query: z.strictObject({
    date: localDate.optional().meta({ description: "Default: the family's today." }),
    memberId: z.uuid().optional().meta({ description: "Only this kid's checks." }),
  }),
  response: { status: 200, description: "The checks.", schema: checkListDto },
  async handle({ caller, query }) {
    const { familyId, today } = callerOf(caller);
    const date = query.date ?? (await today());
    const rows = await checksOfDay(familyId, date, query.memberId);
    return {
      body: {
        date,
        data: rows.map((r) => ({ ...r, checkedAt: r.checkedAt.toISOString() })),
      },
    };
  },
});

export const createCheckEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/checks",
  operationId: "createCheck",
  tag: "Today",
  summary: "Check an item off for a kid",
  description:
    "Idempotent: the first write answers 201; repeating it (same kid, item and date, or a retry " +
    "with the same `clientEventId`, also after the family's day rolled over) answers 200 with the " +
    "original check and stores nothing new. A retry of a check that was undone since answers 200 " +
    "with `undone: true` and stores nothing: an undo is never reversed by a late retry. The same " +
    "`clientEventId` for another kid or item answers 409 `idempotency_key_reused`. The item must belong to a routine assigned to the kid, and the check must be " +
    "one the kid's day shows: the routine's version in force on that date, on one of its " +
    "weekdays, today or up to 7 days back. Otherwise 422 `rule_violation`, saying which rule; " +
    "an archived routine answers 409.",
  access: "write",
  body: z.strictObject({
    memberId: z.uuid(),
    itemId: z.uuid(),
    date: localDate.optional().meta({ description: "Default: the family's today." }),
    clientEventId: z.uuid().meta({ description: "A UUID you generate once per tap." }),
  }),
  response: { status: 201, description: "The check.", schema: checkDto },
  alsoAnswers: [
    {
      status: 200,
      description:
        "A replay: the check already existed (or was undone since: `undone: true`); nothing was stored.",
    },
  ],
  errors: [409, 413, 415, 422],
  example: {
    body: {
      memberId: "8f0e3b8e-4a59-4c1b-9d55-2f0f1b8c0a11",
      itemId: "0b6d2a7c-3f4e-4d5a-8b9c-1e2f3a4b5c6d",
      clientEventId: "5d1c9a70-8e3b-4f2a-9c6d-7b8e9f0a1b2c",
    },
  },
  async handle({ caller, body }) {
    const { familyId, memberId, today } = callerOf(caller);
    const now = await today();
    const date = body.date ?? now;
    assertBackfill(date, now);
    // A parent's check: it leaves an audit line, as a correction in the app does.
    const result = await checkItem(
      familyId,
      body.memberId,
      body.itemId,
      date,
      body.clientEventId,
      new Date(),
      memberId,
    );
    return {
      status: result.created ? 201 : 200,
      body: {
        id: result.checkId,
        memberId: body.memberId,
        itemId: body.itemId,
        date: result.date,
        ...(result.undone ? { undone: true as const } : {}),
      },
    };
  },
});

export const deleteCheckEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/checks/{id}",
  operationId: "deleteCheck",
  tag: "Today",
  summary: "Undo a check",
  description:
    "Also removes that day's completion of the routine (and its points). Checks of today and " +
    "the 7 days before can be undone; older ones answer 422. Each undo is noted with the parent " +
    "who made it on the kid's days page. A second DELETE " +
    "answers 404; a check of an archived routine answers 409. A later retry of the request that " +
    "made the check answers `undone: true` and does not check the item again.",
  errors: [409, 422],
  access: "write",
  params: idParams,
  response: { status: 200, description: "The check that was removed.", schema: checkDto },
  async handle({ caller, params }) {
    const { familyId, memberId } = callerOf(caller);
    const check = await findCheck(familyId, params.id);
    const { removed } = check
      ? await uncheckItem(familyId, null, params.id, { by: memberId })
      : { removed: false };
    if (!check || !removed) throw new ApiError(404, "not_found", "That check was not found.");
    return {
      body: { id: check.id, memberId: check.memberId, itemId: check.itemId, date: check.localDate },
    };
  },
});
