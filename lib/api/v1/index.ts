// Every endpoint of the API, in the order the docs show them. A route.ts that exports a handler
// not listed here fails lib/api/document.integration.test.ts.
import type { AnyEndpoint } from "@/lib/api/endpoint";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api/openapi";
import * as checks from "@/lib/api/v1/checks";
import * as family from "@/lib/api/v1/family";
import * as habits from "@/lib/api/v1/habits";
import * as routines from "@/lib/api/v1/routines";
import * as system from "@/lib/api/v1/system";
import packageJson from "@/package.json";

export const endpoints: readonly AnyEndpoint[] = [
  family.getFamilyEndpoint,
  family.listMembersEndpoint,
  routines.listRoutinesEndpoint,
  routines.createRoutineEndpoint,
  routines.getRoutineEndpoint,
  routines.updateRoutineEndpoint,
  routines.archiveRoutineEndpoint,
  routines.listRoutineVersionsEndpoint,
  checks.memberTodayEndpoint,
  checks.createCheckEndpoint,
  checks.deleteCheckEndpoint,
  habits.listHabitsEndpoint,
  habits.createHabitEndpoint,
  habits.updateHabitEndpoint,
  habits.archiveHabitEndpoint,
  habits.logHabitEndpoint,
  habits.deleteHabitLogEndpoint,
  habits.habitStreakEndpoint,
  system.healthEndpoint,
  system.openApiEndpoint,
];

let document: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  return (document ??= buildOpenApiDocument(endpoints, packageJson.version));
}
