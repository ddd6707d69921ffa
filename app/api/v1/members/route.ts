import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { createKidEndpoint, listMembersEndpoint } from "@/lib/api/v1/family";

export const GET = routeHandler(listMembersEndpoint);
export const POST = routeHandler(createKidEndpoint);

// Any other method: 405 in the API's error shape.
export const PATCH = methodNotAllowed("GET", "POST");
export const PUT = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
