// The answers for what no endpoint serves: unknown paths (JSON 404, not the app's HTML page) and
// methods a path does not have (JSON 405), both in the error shape with a request id.
import { ApiError, errorResponse } from "@/lib/api/errors";

export function unknownApiPath() {
  return errorResponse(
    new ApiError(404, "not_found", "There is no such API endpoint. See /docs."),
    new Headers({ "Cache-Control": "no-store", "X-Request-Id": crypto.randomUUID() }),
  );
}

/**
 * The answer to a method a path does not have: 405 in the error shape, with `Allow` and a request
 * id (Next's own 405 has neither). Route files export it for their other methods; the flag lets
 * the document's test tell it from an operation.
 */
export function methodNotAllowed(...allowed: string[]) {
  const handler = async () =>
    errorResponse(
      new ApiError(405, "method_not_allowed", `This path takes ${allowed.join(", ")}.`),
      new Headers({
        Allow: allowed.join(", "),
        "Cache-Control": "no-store",
        "X-Request-Id": crypto.randomUUID(),
      }),
    );
  return Object.assign(handler, { notAllowed: true as const });
}
