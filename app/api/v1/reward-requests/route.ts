import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { askRewardEndpoint, listRewardRequestsEndpoint } from "@/lib/api/v1/points";

export const GET = routeHandler(listRewardRequestsEndpoint);
export const POST = routeHandler(askRewardEndpoint);

// Any other method: 405 in the API's error shape.
export const PATCH = methodNotAllowed("GET", "POST");
export const PUT = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
