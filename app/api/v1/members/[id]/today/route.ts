import { routeHandler } from "@/lib/api/endpoint";
import { memberTodayEndpoint } from "@/lib/api/v1/checks";

export const GET = routeHandler(memberTodayEndpoint);
