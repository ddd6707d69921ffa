import { routeHandler } from "@/lib/api/endpoint";
import { listRoutineVersionsEndpoint } from "@/lib/api/v1/routines";

export const GET = routeHandler(listRoutineVersionsEndpoint);
