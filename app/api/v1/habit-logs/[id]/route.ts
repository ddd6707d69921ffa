import { routeHandler } from "@/lib/api/endpoint";
import { deleteHabitLogEndpoint } from "@/lib/api/v1/habits";

export const DELETE = routeHandler(deleteHabitLogEndpoint);
