import { routeHandler } from "@/lib/api/endpoint";
import { archiveHabitEndpoint, updateHabitEndpoint } from "@/lib/api/v1/habits";

export const PATCH = routeHandler(updateHabitEndpoint);
export const DELETE = routeHandler(archiveHabitEndpoint);
