import { routeHandler } from "@/lib/api/endpoint";
import { listMembersEndpoint } from "@/lib/api/v1/family";

export const GET = routeHandler(listMembersEndpoint);
