import { routeHandler } from "@/lib/api/endpoint";
import { healthEndpoint } from "@/lib/api/v1/system";

// Always live: a cached health answer would hide an outage.
export const dynamic = "force-dynamic";

export const GET = routeHandler(healthEndpoint);
