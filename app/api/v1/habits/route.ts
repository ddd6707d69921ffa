import { routeHandler } from "@/lib/api/endpoint";
import { createHabitEndpoint, listHabitsEndpoint } from "@/lib/api/v1/habits";

export const GET = routeHandler(listHabitsEndpoint);
export const POST = routeHandler(createHabitEndpoint);
