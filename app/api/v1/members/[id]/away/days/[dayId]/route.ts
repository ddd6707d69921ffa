import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { removeAwayRangeEndpoint } from "@/lib/api/v1/away";

export const DELETE = routeHandler(removeAwayRangeEndpoint);

// Any other method: 405 in the API's error shape.
export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
