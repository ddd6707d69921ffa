import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { createHabitEndpoint, listHabitsEndpoint } from "@/lib/api/v1/habits";

export const GET = routeHandler(listHabitsEndpoint);
export const POST = routeHandler(createHabitEndpoint);

// Any other method: 405 in the API's error shape.
export const PATCH = methodNotAllowed("GET", "POST");
export const PUT = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
