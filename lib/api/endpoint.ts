// The one wrapper every /api route handler goes through: request id → authentication (and the
// same-origin rule for cookie-authenticated changes) → strict zod parsing of path, query and body
// → the handler → the response parsed through its DTO schema (only allow-listed fields leave) →
// JSON. The same definitions generate the OpenAPI document (lib/api/openapi.ts), so the document
// cannot drift from what the handlers accept and answer.
import "server-only";
import { z } from "zod";
import { authenticate, type ApiCaller } from "@/lib/api/caller";
import { ApiError, apiErrorFrom, errorResponse } from "@/lib/api/errors";
import { findUnstorableText } from "@/lib/validation/text";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";
type AnyObject = z.ZodObject<z.ZodRawShape>;

/** Request bodies larger than this are refused before parsing (routines are the largest: ~20 KB). */
export const MAX_BODY_BYTES = 64 * 1024;

export type EndpointSpec<
  P extends AnyObject,
  Q extends AnyObject,
  B extends z.ZodType,
  R extends z.ZodType,
> = {
  method: Method;
  /** OpenAPI path template, e.g. "/api/v1/routines/{id}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** "public" needs no caller (health, the document itself); "write" needs a read-write caller. */
  access: "public" | "read" | "write";
  params?: P;
  query?: Q;
  body?: B;
  response: { status: 200 | 201; description: string; schema: R };
  /** Other statuses answered with the same schema (a replayed create's 200, health's 503). */
  alsoAnswers?: { status: 200 | 503; description: string }[];
  /** Statuses besides the standard ones (400, 401, 403, 404) this endpoint can answer. */
  errors?: (409 | 413 | 415 | 422 | 429 | 503)[];
  /** Shown in the docs and exercised by the contract test's example requests. */
  example?: { body?: z.input<B>; response?: z.input<R> };
  // Method syntax on purpose: it lets a specific endpoint stand in for AnyEndpoint in the list.
  handle(input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    caller: ApiCaller | null;
    request: Request;
  }): Promise<{ status?: number; body: z.input<R>; headers?: Record<string, string> }>;
};

export type AnyEndpoint = EndpointSpec<AnyObject, AnyObject, z.ZodType, z.ZodType>;

const empty = z.strictObject({});

export function defineEndpoint<
  P extends AnyObject = typeof empty,
  Q extends AnyObject = typeof empty,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(spec: EndpointSpec<P, Q, B, R>): EndpointSpec<P, Q, B, R> {
  return spec;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * URLSearchParams → object; a repeated key becomes an array. Built with Object.fromEntries so a
 * parameter named "__proto__" is an own (and so unknown, refused) key, not a prototype change that
 * would make it vanish before validation (found by the fuzz test).
 */
function queryObject(url: URL): Record<string, string | string[]> {
  return Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((key) => {
      const values = url.searchParams.getAll(key);
      return [key, values.length > 1 ? values : values[0]!];
    }),
  );
}

/** The body as JSON: 415 unless application/json, 413 past 64 KB (also chunked), 400 otherwise. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type))
    throw new ApiError(415, "unsupported_media_type", "Send the body as application/json.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await readLimited(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The body is not valid JSON.");
  }
  // NUL or a lone surrogate anywhere: PostgreSQL cannot store it (error 22021, once a 500).
  const unstorable = findUnstorableText(value);
  if (unstorable)
    throw new ApiError(400, "invalid_input", "Some fields are not valid.", {
      [unstorable.path]: [unstorable.problem],
    });
  return value;
}

/**
 * The body as text, read chunk by chunk and abandoned as soon as it passes MAX_BODY_BYTES: a
 * chunked body (no Content-Length) of any size costs at most the limit in memory.
 */
async function readLimited(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // A client that goes away mid-body is not a server error.
    throw new ApiError(400, "invalid_json", "The body could not be read.");
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const tooLarge = () =>
  new ApiError(413, "payload_too_large", `Send at most ${MAX_BODY_BYTES / 1024} KB.`);

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** Turns a definition into the function a route.ts exports as GET, POST, PATCH or DELETE. */
export function routeHandler(endpoint: AnyEndpoint) {
  return async function handler(request: Request, context?: RouteContext): Promise<Response> {
    const requestId = requestIdOf(request);
    const headers = new Headers({ "X-Request-Id": requestId, "Cache-Control": "no-store" });
    try {
      const caller =
        endpoint.access === "public"
          ? null
          : await authenticate(request, endpoint.access === "write");
      // A malformed id cannot name anything: "not found", like another family's id.
      const params = (endpoint.params ?? empty).safeParse((await context?.params) ?? {});
      if (!params.success) throw new ApiError(404, "not_found", "That was not found.");
      const rawQuery = queryObject(new URL(request.url));
      const badQuery = findUnstorableText(rawQuery);
      if (badQuery)
        throw new ApiError(400, "invalid_input", "Some query parameters are not valid.", {
          [badQuery.path]: [badQuery.problem],
        });
      const query = (endpoint.query ?? empty).safeParse(rawQuery);
      if (!query.success) throw ApiError.invalid(query.error, "query");
      let body: unknown = undefined;
      if (endpoint.body) {
        const parsed = endpoint.body.safeParse(await readJson(request));
        if (!parsed.success) throw ApiError.invalid(parsed.error, "body");
        body = parsed.data;
      }
      const result = await endpoint.handle({
        params: params.data,
        query: query.data,
        body,
        caller,
        request,
      });
      // The DTO schema is the allow-list: unknown keys are stripped, a wrong shape is a bug (500).
      const output = endpoint.response.schema.parse(result.body);
      for (const [name, value] of Object.entries(result.headers ?? {})) headers.set(name, value);
      return Response.json(output, { status: result.status ?? endpoint.response.status, headers });
    } catch (error) {
      const write = request.method !== "GET" && request.method !== "HEAD";
      return errorResponse(apiErrorFrom(error, requestId, write), headers);
    }
  };
}

/** For handlers: the caller of a non-public endpoint (the wrapper has authenticated it). */
export function callerOf(caller: ApiCaller | null): ApiCaller {
  if (!caller) throw new Error("A non-public endpoint ran without a caller.");
  return caller;
}
