import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { getAllowanceEndpoint, setAllowanceEndpoint } from "@/lib/api/v1/allowance";

export const GET = routeHandler(getAllowanceEndpoint);
export const PATCH = routeHandler(setAllowanceEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET, PATCH");
export const PUT = methodNotAllowed("GET, PATCH");
export const DELETE = methodNotAllowed("GET, PATCH");
