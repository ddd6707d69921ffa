import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { getHabitEndpoint } from "@/lib/api/v1/habit-history";
import { archiveHabitEndpoint, updateHabitEndpoint } from "@/lib/api/v1/habits";

export const GET = routeHandler(getHabitEndpoint);
export const PATCH = routeHandler(updateHabitEndpoint);
export const DELETE = routeHandler(archiveHabitEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET", "PATCH", "DELETE");
export const PUT = methodNotAllowed("GET", "PATCH", "DELETE");
