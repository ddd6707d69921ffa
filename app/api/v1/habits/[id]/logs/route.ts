import { routeHandler } from "@/lib/api/endpoint";
import { logHabitEndpoint } from "@/lib/api/v1/habits";

export const POST = routeHandler(logHabitEndpoint);
