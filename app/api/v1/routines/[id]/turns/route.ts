import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { listTurnsEndpoint, swapTurnEndpoint } from "@/lib/api/v1/rotation";

export const GET = routeHandler(listTurnsEndpoint);
export const POST = routeHandler(swapTurnEndpoint);

// Any other method: 405 in the API's error shape.
export const PUT = methodNotAllowed("GET, POST");
export const PATCH = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
