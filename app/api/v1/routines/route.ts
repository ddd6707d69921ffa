import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { createRoutineEndpoint, listRoutinesEndpoint } from "@/lib/api/v1/routines";

export const GET = routeHandler(listRoutinesEndpoint);
export const POST = routeHandler(createRoutineEndpoint);

// Any other method: 405 in the API's error shape.
export const PATCH = methodNotAllowed("GET", "POST");
export const PUT = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
