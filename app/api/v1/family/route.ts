import { routeHandler } from "@/lib/api/endpoint";
import { getFamilyEndpoint } from "@/lib/api/v1/family";

export const GET = routeHandler(getFamilyEndpoint);
