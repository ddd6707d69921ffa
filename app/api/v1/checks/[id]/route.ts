import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { deleteCheckEndpoint } from "@/lib/api/v1/checks";

export const DELETE = routeHandler(deleteCheckEndpoint);

// Any other method: 405 in the API's error shape.
export const GET = methodNotAllowed("DELETE");
export const POST = methodNotAllowed("DELETE");
export const PATCH = methodNotAllowed("DELETE");
export const PUT = methodNotAllowed("DELETE");
