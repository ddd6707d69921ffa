// The API's one error shape: { "error": { "code", "message", "fieldErrors"? } }. Every failure of
// every handler goes through apiErrorFrom(), so no stack trace, SQL text or Prisma message can
// reach a body: unknown errors are logged with the request id and answered with a generic 500.
import { z } from "zod";
import { flattenFieldErrors } from "@/lib/actions/validated-action";
import type { Words } from "@/lib/i18n/sentence";
import {
  BusyError,
  ConflictError,
  IdempotencyKeyReusedError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  NotSignedInError,
  RuleViolationError,
} from "@/lib/errors";
import { databaseOutage, OUTAGE_RETRY_AFTER_SECONDS, outageMessage } from "@/lib/db-outage";
import { isRecordMissing, isUniqueViolation } from "@/lib/prisma-errors";
import { logSecurityEvent } from "@/lib/security-log";

export const ERROR_CODES = [
  "invalid_json",
  "invalid_input",
  "payload_too_large",
  "unsupported_media_type",
  "unauthenticated",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "idempotency_key_reused",
  "rule_violation",
  "busy",
  "unavailable",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ description: "Every error answer has this shape." });

/** An error the API answers on purpose, with its status and code. */
export class ApiError extends Error {
  /** Each field's problems in English: the API's language (decision 020). */
  readonly fieldErrors?: Record<string, string[]>;
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    fieldErrors?: Record<string, Words[]>,
    /** Sent as Retry-After (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.fieldErrors =
      fieldErrors &&
      Object.fromEntries(
        Object.entries(fieldErrors).map(([field, problems]) => [field, problems.map(String)]),
      );
    this.name = "ApiError";
  }

  static invalid(error: z.ZodError, where: "body" | "query") {
    return new ApiError(
      400,
      "invalid_input",
      where === "body" ? "Some fields are not valid." : "Some query parameters are not valid.",
      flattenFieldErrors(error),
    );
  }
}

/**
 * Any thrown value → the answer a client sees. `write`: the request could have changed data, so
 * an outage's message says whether it may have been saved.
 */
export function apiErrorFrom(error: unknown, requestId: string, write = false): ApiError {
  if (error instanceof ApiError) return error;
  const outage = databaseOutage(error);
  if (outage) {
    console.warn(`[api] database ${outage} (request ${requestId})`);
    return new ApiError(
      503,
      "unavailable",
      outageMessage(outage, write),
      undefined,
      OUTAGE_RETRY_AFTER_SECONDS,
    );
  }
  if (error instanceof NotSignedInError)
    return new ApiError(401, "unauthenticated", "Sign in, or send an API token as a Bearer token.");
  if (error instanceof ForbiddenError) return new ApiError(403, "forbidden", error.message);
  if (error instanceof NotFoundError) return new ApiError(404, "not_found", error.message);
  if (error instanceof IdempotencyKeyReusedError)
    return new ApiError(409, "idempotency_key_reused", error.message);
  if (error instanceof ConflictError) return new ApiError(409, "conflict", error.message);
  if (error instanceof RuleViolationError)
    return new ApiError(422, "rule_violation", error.message);
  if (error instanceof BusyError)
    return new ApiError(429, "busy", error.message, undefined, error.retryAfterSeconds);
  if (error instanceof DomainError) {
    return error.fieldErrors
      ? new ApiError(422, "invalid_input", error.message, error.fieldErrors)
      : new ApiError(409, "rule_violation", error.message);
  }
  if (isUniqueViolation(error))
    return new ApiError(409, "conflict", "That already exists. Reload and try again.");
  if (isRecordMissing(error))
    return new ApiError(404, "not_found", "That was not found. It may have been removed.");
  console.error(`[api] unexpected error (request ${requestId})`, error);
  return new ApiError(
    500,
    "internal",
    `Something went wrong and nothing was saved. Quote request id ${requestId} when reporting it.`,
  );
}

export function errorResponse(error: ApiError, headers: Headers): Response {
  if (error.status === 401) headers.set("WWW-Authenticate", 'Bearer realm="family-routines"');
  if (error.retryAfterSeconds) headers.set("Retry-After", String(error.retryAfterSeconds));
  if (error.status === 401 || error.status === 403 || error.status === 404) {
    logSecurityEvent("access_denied", { reason: error.code, via: "api" });
  }
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    },
  };
  return Response.json(body, { status: error.status, headers });
}
