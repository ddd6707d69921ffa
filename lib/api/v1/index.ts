// Every endpoint of the API, in the order the docs show them, and the one that serves their
// document: it is in the list it documents, so it is defined here, where nothing imports back. A
// route.ts that exports a handler not listed here fails lib/api/document.integration.test.ts.
import { z } from "zod";
import { defineEndpoint, type AnyEndpoint } from "@/lib/api/endpoint";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api/openapi";
import * as away from "@/lib/api/v1/away";
import * as checks from "@/lib/api/v1/checks";
import * as allowance from "@/lib/api/v1/allowance";
import * as family from "@/lib/api/v1/family";
import * as habitHistory from "@/lib/api/v1/habit-history";
import * as habits from "@/lib/api/v1/habits";
import * as money from "@/lib/api/v1/money";
import * as points from "@/lib/api/v1/points";
import * as routineVersions from "@/lib/api/v1/routine-versions";
import * as rotation from "@/lib/api/v1/rotation";
import * as routines from "@/lib/api/v1/routines";
import * as system from "@/lib/api/v1/system";
import packageJson from "@/package.json";

export const openApiEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/openapi.json",
  operationId: "getOpenApiDocument",
  tag: "System",
  summary: "This document (OpenAPI 3.1)",
  access: "public",
  response: {
    status: 200,
    description: "The OpenAPI document.",
    schema: z.looseObject({ openapi: z.literal("3.1.0") }),
  },
  async handle() {
    return { body: openApiDocument() };
  },
});

export const endpoints: readonly AnyEndpoint[] = [
  family.getTokenEndpoint,
  family.getFamilyEndpoint,
  family.updateFamilyEndpoint,
  family.listMembersEndpoint,
  family.createKidEndpoint,
  family.getMemberEndpoint,
  family.updateKidEndpoint,
  routines.listRoutinesEndpoint,
  routines.createRoutineEndpoint,
  routines.getRoutineEndpoint,
  routines.updateRoutineEndpoint,
  routines.archiveRoutineEndpoint,
  routines.restoreRoutineEndpoint,
  rotation.listTurnsEndpoint,
  rotation.swapTurnEndpoint,
  rotation.listClaimsEndpoint,
  routineVersions.listRoutineVersionsEndpoint,
  routineVersions.getRoutineVersionEndpoint,
  checks.familyTodayEndpoint,
  checks.memberTodayEndpoint,
  checks.listChecksEndpoint,
  checks.createCheckEndpoint,
  checks.deleteCheckEndpoint,
  habits.listHabitsEndpoint,
  habits.createHabitEndpoint,
  habitHistory.getHabitEndpoint,
  habits.updateHabitEndpoint,
  habits.archiveHabitEndpoint,
  habitHistory.listHabitLogsEndpoint,
  habits.logHabitEndpoint,
  habits.deleteHabitLogEndpoint,
  habits.habitStreakEndpoint,
  habitHistory.listHabitPausesEndpoint,
  points.memberPointsEndpoint,
  points.listRewardsEndpoint,
  points.createRewardEndpoint,
  points.getRewardEndpoint,
  points.updateRewardEndpoint,
  points.listRewardRequestsEndpoint,
  points.askRewardEndpoint,
  points.getRewardRequestEndpoint,
  points.approveRewardRequestEndpoint,
  points.denyRewardRequestEndpoint,
  money.correctPointsEndpoint,
  money.memberMoneyEndpoint,
  money.changeMoneyEndpoint,
  money.moveMoneyEndpoint,
  money.exchangeEndpoint,
  allowance.getAllowanceEndpoint,
  allowance.setAllowanceEndpoint,
  allowance.listPaydaysEndpoint,
  money.getGoalEndpoint,
  money.setGoalEndpoint,
  money.closeGoalEndpoint,
  away.getAwayEndpoint,
  away.setAwayPatternEndpoint,
  away.clearAwayPatternEndpoint,
  away.addAwayRangeEndpoint,
  away.removeAwayRangeEndpoint,
  system.healthEndpoint,
  openApiEndpoint,
];

let document: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  return (document ??= buildOpenApiDocument(endpoints, packageJson.version));
}
