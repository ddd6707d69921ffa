import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { deleteHabitLogEndpoint } from "@/lib/api/v1/habits";

export const DELETE = routeHandler(deleteHabitLogEndpoint);

// Any other method: 405 in the API's error shape.
export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
