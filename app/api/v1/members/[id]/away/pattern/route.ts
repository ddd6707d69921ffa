import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { clearAwayPatternEndpoint, setAwayPatternEndpoint } from "@/lib/api/v1/away";

export const POST = routeHandler(setAwayPatternEndpoint);
export const DELETE = routeHandler(clearAwayPatternEndpoint);

// Any other method: 405 in the API's error shape.
export const GET = methodNotAllowed("POST, DELETE");
export const PUT = methodNotAllowed("POST, DELETE");
export const PATCH = methodNotAllowed("POST, DELETE");
