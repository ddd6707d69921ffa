import { routeHandler } from "@/lib/api/endpoint";
import { createRoutineEndpoint, listRoutinesEndpoint } from "@/lib/api/v1/routines";

export const GET = routeHandler(listRoutinesEndpoint);
export const POST = routeHandler(createRoutineEndpoint);
