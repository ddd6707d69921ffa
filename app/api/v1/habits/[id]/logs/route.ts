import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { listHabitLogsEndpoint } from "@/lib/api/v1/habit-history";
import { logHabitEndpoint } from "@/lib/api/v1/habits";

export const GET = routeHandler(listHabitLogsEndpoint);
export const POST = routeHandler(logHabitEndpoint);

// Any other method: 405 in the API's error shape.
export const PATCH = methodNotAllowed("GET", "POST");
export const PUT = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
