// /api/health and /api/openapi.json: public, no caller.
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

export const openApiEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/openapi.json",
  operationId: "getOpenApiDocument",
  tag: "System",
  summary: "This document (OpenAPI 3.1)",
  access: "public",
  response: {
    status: 200,
    description: "The OpenAPI document.",
    schema: z.looseObject({ openapi: z.literal("3.1.0") }),
  },
  async handle() {
    // Imported here, not at the top: the document lists this endpoint itself.
    const { openApiDocument } = await import("@/lib/api/v1/index");
    return { body: openApiDocument() };
  },
});
