import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { habitStreakEndpoint } from "@/lib/api/v1/habits";

export const GET = routeHandler(habitStreakEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
