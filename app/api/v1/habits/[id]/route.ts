import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { archiveHabitEndpoint, updateHabitEndpoint } from "@/lib/api/v1/habits";

export const PATCH = routeHandler(updateHabitEndpoint);
export const DELETE = routeHandler(archiveHabitEndpoint);

// Any other method: 405 in the API's error shape.
export const GET = methodNotAllowed("PATCH", "DELETE");
export const POST = methodNotAllowed("PATCH", "DELETE");
export const PUT = methodNotAllowed("PATCH", "DELETE");
