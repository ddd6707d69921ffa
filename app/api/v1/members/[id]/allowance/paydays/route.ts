import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { listPaydaysEndpoint } from "@/lib/api/v1/allowance";

export const GET = routeHandler(listPaydaysEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
