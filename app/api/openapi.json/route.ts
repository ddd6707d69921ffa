import { routeHandler } from "@/lib/api/endpoint";
import { openApiEndpoint } from "@/lib/api/v1/index";

export const GET = routeHandler(openApiEndpoint);
