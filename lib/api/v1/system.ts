// /api/health: public, no caller. (/api/openapi.json is served where the list of endpoints is:
// lib/api/v1/index.ts.)
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { checkHealth } from "@/lib/health/queries";

export const healthEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/health",
  operationId: "getHealth",
  tag: "System",
  summary: "Is the app up, its database reachable and its schema in place?",
  description:
    "Answers within 3 s even when the database hangs. `schema` is `current` when the database has this build's newest migration (`newer` during a rolling deploy), `outdated` when migrations are missing, `missing` when the app's tables cannot be found. No authentication.",
  access: "public",
  response: {
    status: 200,
    description: "Up, database connected, schema current.",
    schema: z
      .object({
        status: z.enum(["ok", "degraded"]),
        version: z.string(),
        environment: z.string(),
        database: z.enum(["connected", "unreachable"]),
        schema: z.enum(["current", "newer", "outdated", "missing", "unknown"]),
      })
      .meta({ title: "Health" }),
  },
  alsoAnswers: [
    {
      status: 503,
      description: "Up, but the database is unreachable or its schema is missing or outdated.",
    },
  ],
  async handle() {
    const health = await checkHealth();
    return { status: health.status === "ok" ? 200 : 503, body: health };
  },
});
