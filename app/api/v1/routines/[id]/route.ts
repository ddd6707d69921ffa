import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import {
  archiveRoutineEndpoint,
  getRoutineEndpoint,
  updateRoutineEndpoint,
} from "@/lib/api/v1/routines";

export const GET = routeHandler(getRoutineEndpoint);
export const PATCH = routeHandler(updateRoutineEndpoint);
export const DELETE = routeHandler(archiveRoutineEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET", "PATCH", "DELETE");
export const PUT = methodNotAllowed("GET", "PATCH", "DELETE");
