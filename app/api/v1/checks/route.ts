import { routeHandler } from "@/lib/api/endpoint";
import { createCheckEndpoint } from "@/lib/api/v1/checks";

export const POST = routeHandler(createCheckEndpoint);
