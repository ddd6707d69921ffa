import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { createCheckEndpoint, listChecksEndpoint } from "@/lib/api/v1/checks";

export const GET = routeHandler(listChecksEndpoint);
export const POST = routeHandler(createCheckEndpoint);

// Any other method: 405 in the API's error shape.
export const PATCH = methodNotAllowed("GET", "POST");
export const PUT = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
