import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { closeGoalEndpoint, getGoalEndpoint, setGoalEndpoint } from "@/lib/api/v1/money";

export const GET = routeHandler(getGoalEndpoint);
export const POST = routeHandler(setGoalEndpoint);
export const DELETE = routeHandler(closeGoalEndpoint);

// Any other method: 405 in the API's error shape.
export const PUT = methodNotAllowed("GET, POST, DELETE");
export const PATCH = methodNotAllowed("GET, POST, DELETE");
