import { routeHandler } from "@/lib/api/endpoint";
import { methodNotAllowed } from "@/lib/api/fallbacks";
import { changeMoneyEndpoint, memberMoneyEndpoint } from "@/lib/api/v1/money";

export const GET = routeHandler(memberMoneyEndpoint);
export const POST = routeHandler(changeMoneyEndpoint);

// Any other method: 405 in the API's error shape.
export const PATCH = methodNotAllowed("GET, POST");
export const PUT = methodNotAllowed("GET, POST");
export const DELETE = methodNotAllowed("GET, POST");
