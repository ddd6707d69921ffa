import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { getAwayEndpoint } from "@/lib/api/v1/away";

export const GET = routeHandler(getAwayEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
