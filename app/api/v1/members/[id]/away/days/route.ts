import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { addAwayRangeEndpoint } from "@/lib/api/v1/away";

export const POST = routeHandler(addAwayRangeEndpoint);

// Any other method: 405 in the API's error shape.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
