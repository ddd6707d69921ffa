import { routeHandler } from "@/lib/api/endpoint";
import { deleteCheckEndpoint } from "@/lib/api/v1/checks";

export const DELETE = routeHandler(deleteCheckEndpoint);
