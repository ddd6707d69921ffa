// /api/v1/routines: list, create, read, edit (revision-guarded), archive and restore. Versions:
// lib/api/v1/routine-versions.ts.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { decodeCursor, keyset, pageOf, pageQuery, pageSchema } from "@/lib/api/pagination";
import { routineDto, routineSummaryDto } from "@/lib/api/v1/routine-dto";
import { booleanQuery } from "@/lib/api/v1/query";
import { flattenFieldErrors } from "@/lib/actions/validated-action";
import { createRoutine, saveRoutine, setRoutineArchived } from "@/lib/routines/queries";
import {
  getRoutineDetail,
  getRoutineForEditor,
  listRoutinesPage,
  thenOf,
} from "@/lib/routines/views";
import { draftFields, routineDraftSchema, routinePoints, thenCard } from "@/lib/routines/schemas";
import { formatMinuteOfDay } from "@/lib/time/rules";

const idParams = z.strictObject({ id: z.uuid() });

type RoutineRow = Awaited<ReturnType<typeof listRoutinesPage>>[number];

function summary(row: Omit<RoutineRow, "versions"> & { versions: { number: number }[] }) {
  return {
    id: row.id,
    name: row.name,
    icon: row.icon,
    weekdays: row.weekdays,
    start: formatMinuteOfDay(row.startMinute),
    end: formatMinuteOfDay(row.endMinute),
    kidIds: row.assignments.map((a) => a.memberId),
    archived: row.archivedAt !== null,
    revision: row.revision,
    versionNumber: row.versions[0]?.number ?? 0,
    points: row.points,
    remindAtEnd: row.remindAtEnd,
    then: thenOf(row),
    turns:
      row.turns && row.turnsFrom
        ? { every: row.turns, from: row.turnsFrom.toISOString().slice(0, 10) }
        : null,
    pool: row.pooled,
    createdAt: row.createdAt.toISOString(),
  };
}

async function detail(familyId: string, routineId: string) {
  const row = await getRoutineDetail(familyId, routineId);
  return { ...summary(row), cards: row.versions[0]?.cards ?? [] };
}

const exampleRoutine = {
  name: "Morning",
  icon: "🌅",
  weekdays: [1, 2, 3, 4, 5],
  start: "07:00",
  end: "08:00",
  kidIds: [],
  cards: [
    {
      title: "Get dressed",
      pictureEmoji: "👕",
      durationSeconds: 300,
      items: [{ label: "Socks" }, { label: "Shirt" }],
    },
  ],
};

export const listRoutinesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/routines",
  operationId: "listRoutines",
  tag: "Routines",
  summary: "Routines, oldest first",
  access: "read",
  query: z.strictObject({
    ...pageQuery,
    archived: booleanQuery.meta({ description: "List archived routines instead." }),
    kidId: z.uuid().optional().meta({ description: "Only routines assigned to this kid." }),
  }),
  response: {
    status: 200,
    description: "One page of routines.",
    schema: pageSchema(routineSummaryDto),
  },
  async handle({ caller, query }) {
    const rows = await listRoutinesPage(callerOf(caller).familyId, {
      archived: query.archived,
      kidId: query.kidId,
      limit: query.limit,
      after: keyset(decodeCursor(query.cursor)).where,
    });
    const page = pageOf(rows, query.limit);
    return { body: { ...page, data: page.data.map(summary) } };
  },
});

export const createRoutineEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/routines",
  operationId: "createRoutine",
  tag: "Routines",
  summary: "Create a routine (version 1)",
  access: "write",
  body: routineDraftSchema,
  response: { status: 201, description: "The new routine.", schema: routineDto },
  errors: [413, 415, 422],
  example: { body: exampleRoutine },
  async handle({ caller, body }) {
    const { familyId } = callerOf(caller);
    const routine = await createRoutine(familyId, body);
    return {
      status: 201,
      body: await detail(familyId, routine.id),
      headers: { Location: `/api/v1/routines/${routine.id}` },
    };
  },
});

export const getRoutineEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/routines/{id}",
  operationId: "getRoutine",
  tag: "Routines",
  summary: "A routine with its current cards and items",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The routine.", schema: routineDto },
  async handle({ caller, params }) {
    return { body: await detail(callerOf(caller).familyId, params.id) };
  },
});

// Every field optional, and no defaults: a field left out keeps its value (a default would
// silently overwrite it, e.g. points back to 10).
const {
  points: _points,
  then: _then,
  remindAtEnd: _remind,
  turns: _turns,
  pool: _pool,
  ...editableFields
} = draftFields;
const patchBody = z
  .strictObject(editableFields)
  .partial()
  .extend({
    revision: z.number().int().min(0).meta({
      description: "The `revision` you read. If someone saved since, the answer is 409.",
    }),
    points: routinePoints.optional(),
    remindAtEnd: z.boolean().optional(),
    then: thenCard
      .optional()
      .meta({ description: "The Now/Next board's last card; null removes it." }),
    turns: z
      .enum(["DAY", "WEEK"])
      .nullable()
      .optional()
      .meta({ description: "DAY or WEEK: the kids take turns; null: every kid does it." }),
    pool: z
      .boolean()
      .optional()
      .meta({ description: "true: a pool chore, the first kid to take it that day does it." }),
  });

export const updateRoutineEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/routines/{id}",
  operationId: "updateRoutine",
  tag: "Routines",
  description:
    "Send only what changes, with the revision you read. `cards` replaces the content: keep each " +
    "card's and item's `lineageId` to say it is the same card or item. Once a kid has checked " +
    "something of the current version, a content change becomes a new version; history is kept.",
  summary: "Edit a routine",
  access: "write",
  params: idParams,
  body: patchBody,
  response: { status: 200, description: "The saved routine.", schema: routineDto },
  errors: [409, 413, 415, 422],
  example: { body: { revision: 0, name: "School morning" } },
  async handle({ caller, params, body }) {
    const { familyId } = callerOf(caller);
    const { revision, ...changes } = body;
    const current = await getRoutineForEditor(familyId, params.id);
    // The merged routine is validated as a whole (e.g. a new start after the old end).
    const merged = routineDraftSchema.safeParse({
      name: changes.name ?? current.name,
      icon: changes.icon ?? current.icon,
      weekdays: changes.weekdays ?? current.weekdays,
      start: formatMinuteOfDay(changes.start ?? current.startMinute),
      end: formatMinuteOfDay(changes.end ?? current.endMinute),
      kidIds: changes.kidIds ?? current.kidIds,
      cards: changes.cards ?? current.cards,
      points: changes.points ?? current.points,
      remindAtEnd: changes.remindAtEnd ?? current.remindAtEnd,
      then: changes.then === undefined ? current.then : changes.then,
      turns: changes.turns === undefined ? current.turns : changes.turns,
      // Turning taking turns on ends a pool unless the same request says otherwise.
      pool: changes.pool ?? (changes.turns ? false : current.pool),
    });
    if (!merged.success)
      throw new ApiError(
        422,
        "invalid_input",
        "The routine would not be valid.",
        flattenFieldErrors(merged.error),
      );
    await saveRoutine(familyId, params.id, revision, merged.data);
    return { body: await detail(familyId, params.id) };
  },
});

export const archiveRoutineEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/routines/{id}",
  operationId: "archiveRoutine",
  tag: "Routines",
  summary: "Archive a routine",
  description:
    "Kids stop seeing it; its versions and checks are kept, and it is read-only (PATCH and " +
    "checks answer 409) until `POST /api/v1/routines/{id}/restore`.",
  access: "write",
  params: idParams,
  response: { status: 200, description: "The archived routine.", schema: routineSummaryDto },
  async handle({ caller, params }) {
    const { familyId } = callerOf(caller);
    await setRoutineArchived(familyId, params.id, true);
    return { body: summary(await getRoutineDetail(familyId, params.id)) };
  },
});

export const restoreRoutineEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/routines/{id}/restore",
  operationId: "restoreRoutine",
  tag: "Routines",
  summary: "Restore an archived routine",
  description:
    "Kids see it again on its weekdays, in its newest version. Restoring a routine that is not " +
    "archived changes nothing.",
  access: "write",
  params: idParams,
  response: { status: 200, description: "The restored routine.", schema: routineSummaryDto },
  async handle({ caller, params }) {
    const { familyId } = callerOf(caller);
    await setRoutineArchived(familyId, params.id, false);
    return { body: summary(await getRoutineDetail(familyId, params.id)) };
  },
});
