// The OpenAPI 3.1 document, generated from the endpoint definitions the handlers run on: the
// parameters, bodies and responses described here are the zod schemas that parse and shape them.
import { EVENT_DATA, EVENT_TYPES, eventBodySchema } from "@/lib/outbox/events";
import { z } from "zod";
import type { AnyEndpoint } from "@/lib/api/endpoint";
import { errorBodySchema } from "@/lib/api/errors";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid JSON, or a field, query parameter or cursor that is not valid (`fieldErrors` says which).",
  401: "No valid session cookie or API token (missing, unknown, revoked or expired).",
  403: "A read-only token asked to write, a cross-site cookie request tried to change data, or the caller may not use the API.",
  404: "No such id in the caller's family (another family's id looks the same).",
  409: "Someone saved first (send the current `revision`), or a rule of the domain says no.",
  413: "The body is larger than 64 KB.",
  415: "The body is not `application/json`.",
  422: "The request is well-formed but not allowed (e.g. a date too far back, a kid of another family).",
  429: "Too much at once (`busy`): nothing was done. Retry after `Retry-After` seconds.",
  503:
    "The database cannot be reached (`unavailable`): retry after `Retry-After` seconds. A read " +
    "changed nothing. For a write the message says which it was: nothing was saved (the " +
    "connection could not be made), or the connection was lost while saving and the outcome is " +
    "unknown; repeating the same request (same `clientEventId`, or the same `revision`) is safe.",
};

function parameters(schema: z.ZodObject<z.ZodRawShape> | undefined, where: "path" | "query") {
  return Object.entries(schema?.shape ?? {}).map(([name, field]) => {
    const json = jsonSchema(field as z.ZodType, "input");
    const { description, ...fieldSchema } = json;
    return {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: fieldSchema,
    };
  });
}

const errorResponse = (status: number) => ({
  description: ERROR_DESCRIPTIONS[status] ?? "Error.",
  ...(status === 429 || status === 503
    ? {
        headers: {
          "Retry-After": {
            description: "Seconds to wait before retrying.",
            schema: { type: "integer", minimum: 1 },
          },
        },
      }
    : {}),
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** The error statuses an endpoint can answer, from what it parses and who may call it. */
export function errorStatuses(endpoint: AnyEndpoint): number[] {
  const statuses = new Set<number>(endpoint.errors ?? []);
  if (endpoint.access !== "public") {
    statuses.add(401);
    statuses.add(403);
    // An id in the path or the body that is not the caller's family's.
    statuses.add(404);
    // Every caller is looked up in the database, so every such endpoint can meet an outage.
    statuses.add(503);
  }
  if (endpoint.params) statuses.add(404);
  // Every endpoint refuses unknown query parameters, so every one can answer 400.
  statuses.add(400);
  if (endpoint.body) {
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses].sort();
}

function operation(endpoint: AnyEndpoint) {
  const success = jsonSchema(endpoint.response.schema, "output");
  const responses: Record<string, unknown> = {
    [endpoint.response.status]: {
      description: endpoint.response.description,
      content: { "application/json": { schema: success } },
    },
  };
  for (const other of endpoint.alsoAnswers ?? []) {
    responses[other.status] = {
      description: other.description,
      content: { "application/json": { schema: success } },
    };
  }
  for (const status of errorStatuses(endpoint)) responses[status] ??= errorResponse(status);
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    security: endpoint.access === "public" ? [] : [{ bearerToken: [] }, { sessionCookie: [] }],
    "x-access": endpoint.access,
    parameters: [...parameters(endpoint.params, "path"), ...parameters(endpoint.query, "query")],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: jsonSchema(endpoint.body, "input"),
                ...(endpoint.example?.body ? { example: endpoint.example.body } : {}),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/**
 * What the family's webhooks send (issue 19): one POST per event to the address a parent added
 * on the Family page, JSON, signed. Receivers answer 2xx within 10 s; anything else is retried
 * with backoff for about 10 minutes, and five events failed in a row turn the webhook off.
 */
function webhookDocs() {
  return Object.fromEntries(
    EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          summary: EVENT_DATA[type].meta()?.description,
          description:
            `Sent when \`${type}\` happens in the family. Headers: \`Webhook-Id\` (the delivery: ` +
            "the same on every retry, so a receiver can ignore a repeat), `Webhook-Event`, and " +
            "`Family-Routines-Signature: t=<unix seconds>,v1=<hex>`, where v1 is the " +
            "HMAC-SHA256 of `<t>.<body>` keyed with the webhook's secret. Refuse a t more than " +
            "300 s away from your clock (a replay).",
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: jsonSchema(eventBodySchema(type), "output") },
            },
          },
          responses: { "2XX": { description: "Received. Any other answer is retried." } },
        },
      },
    ]),
  );
}

export function buildOpenApiDocument(endpoints: readonly AnyEndpoint[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return {
    openapi: "3.1.0" as const,
    info: {
      title: "Family Routines API",
      version,
      description:
        "Read and change a family's routines, kids' days, item checks, habits, points and rewards " +
        "(the app calls points stars; the API keeps the name `points`, and its messages say stars). " +
        "Authenticate " +
        "with an API token (Family → API tokens) as `Authorization: Bearer <token>`, or from the " +
        "app's own pages with the session cookie (same origin only for changes). Every error has " +
        'the shape `{ "error": { "code", "message", "fieldErrors"? } }`; every answer ' +
        "carries an `X-Request-Id` header. Lists are paginated with `limit` and `cursor`. Paths " +
        "are normalised before routing, as URLs are: dot segments (`..`, `%2e%2e`) answer 308 " +
        "to the normalised path (no id contains them), and a path that cannot be decoded (`%ZZ`) " +
        "answers 400 `invalid_input`.",
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "Family", description: "The family, its members, and who is calling." },
      { name: "Routines", description: "Routines, their cards, items and versions." },
      { name: "Today", description: "A kid's day and checking items off." },
      { name: "Habits", description: "Habits, logs, pauses and streaks." },
      { name: "Points", description: "A member's points: balance and ledger." },
      { name: "Rewards", description: "Rewards kids can ask for, and the answers." },
      {
        name: "Money",
        description: "A kid's money apart from stars: jars, allowance, savings goal, exchange.",
      },
      {
        name: "Away days",
        description: "Where a kid is: a repeating pattern and one-off days; nothing is due away.",
      },
      { name: "System", description: "Health and this document." },
    ],
    paths,
    webhooks: webhookDocs(),
    components: {
      schemas: { Error: jsonSchema(errorBodySchema, "output") },
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "An API token created by a parent on the Family page.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description:
            "A parent's browser session (named `__Secure-authjs.session-token` over HTTPS). " +
            "Changes need a same-origin `Origin` header.",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
