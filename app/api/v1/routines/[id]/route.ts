import { routeHandler } from "@/lib/api/endpoint";
import {
  archiveRoutineEndpoint,
  getRoutineEndpoint,
  updateRoutineEndpoint,
} from "@/lib/api/v1/routines";

export const GET = routeHandler(getRoutineEndpoint);
export const PATCH = routeHandler(updateRoutineEndpoint);
export const DELETE = routeHandler(archiveRoutineEndpoint);
