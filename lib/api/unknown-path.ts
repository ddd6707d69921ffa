// Unknown API paths answer in the API's error shape with a request id, not with the app's HTML
// 404 page (app/api/[...path] and app/api/v1/[...path] export it for every method).
import { ApiError, errorResponse } from "@/lib/api/errors";

export function unknownApiPath() {
  return errorResponse(
    new ApiError(404, "not_found", "There is no such API endpoint. See /docs."),
    new Headers({ "Cache-Control": "no-store", "X-Request-Id": crypto.randomUUID() }),
  );
}
