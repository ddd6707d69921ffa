import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { getRewardEndpoint, updateRewardEndpoint } from "@/lib/api/v1/points";

export const GET = routeHandler(getRewardEndpoint);
export const PATCH = routeHandler(updateRewardEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET", "PATCH");
export const PUT = methodNotAllowed("GET", "PATCH");
export const DELETE = methodNotAllowed("GET", "PATCH");
