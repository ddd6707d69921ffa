import { routeHandler } from "@/lib/api/endpoint";
import { habitStreakEndpoint } from "@/lib/api/v1/habits";

export const GET = routeHandler(habitStreakEndpoint);
