import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { getMemberEndpoint, updateKidEndpoint } from "@/lib/api/v1/family";

export const GET = routeHandler(getMemberEndpoint);
export const PATCH = routeHandler(updateKidEndpoint);

// Any other method: 405 in the API's error shape.
export const POST = methodNotAllowed("GET", "PATCH");
export const PUT = methodNotAllowed("GET", "PATCH");
export const DELETE = methodNotAllowed("GET", "PATCH");
