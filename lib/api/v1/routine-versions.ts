// /api/v1/routines/{id}/versions: a routine's history, and what each version held.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { decodeCursor, pageOf, pageQuery, pageSchema } from "@/lib/api/pagination";
import { versionContentDto, versionDto } from "@/lib/api/v1/routine-dto";
import { routineHistory, routineVersionContent } from "@/lib/routines/views";

export const listRoutineVersionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/routines/{id}/versions",
  operationId: "listRoutineVersions",
  tag: "Routines",
  summary: "A routine's versions, oldest first, with what changed",
  access: "read",
  params: z.strictObject({ id: z.uuid() }),
  query: z.strictObject(pageQuery),
  response: { status: 200, description: "One page of versions.", schema: pageSchema(versionDto) },
  async handle({ caller, params, query }) {
    const history = await routineHistory(callerOf(caller).familyId, params.id);
    const cursor = decodeCursor(query.cursor);
    // Diffs need each version's predecessor, so the history is built whole and paged here.
    const after = history.versions
      .slice()
      .reverse()
      .filter(
        (v) =>
          !cursor ||
          v.createdAt > cursor.at ||
          (v.createdAt.getTime() === cursor.at.getTime() && v.id > cursor.id),
      );
    const page = pageOf(after, query.limit);
    return {
      body: {
        ...page,
        data: page.data.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
      },
    };
  },
});

export const getRoutineVersionEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/routines/{id}/versions/{number}",
  operationId: "getRoutineVersion",
  tag: "Routines",
  summary: "What one version of a routine held: its cards and items",
  description:
    "Older versions are kept as they were: checks made on them point at their items. `current` " +
    "is true for the version kids see now.",
  access: "read",
  params: z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1).max(1_000_000) }),
  response: { status: 200, description: "The version.", schema: versionContentDto },
  async handle({ caller, params }) {
    const version = await routineVersionContent(
      callerOf(caller).familyId,
      params.id,
      params.number,
    );
    return { body: { ...version, createdAt: version.createdAt.toISOString() } };
  },
});
