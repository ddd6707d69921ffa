import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { listClaimsEndpoint } from "@/lib/api/v1/rotation";

export const GET = routeHandler(listClaimsEndpoint);

// Any other method: 405 in the API's error shape. A kid takes a pool chore by checking an item
// of it (POST /api/v1/checks), never here.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
