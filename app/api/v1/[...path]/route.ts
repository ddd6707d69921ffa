// Unknown API paths answer in the API's error shape, not with the app's HTML 404 page.
import { ApiError, errorResponse } from "@/lib/api/errors";

function notFound() {
  return errorResponse(
    new ApiError(404, "not_found", "There is no such API endpoint. See /docs."),
    new Headers({ "Cache-Control": "no-store", "X-Request-Id": crypto.randomUUID() }),
  );
}

export const GET = notFound;
export const POST = notFound;
export const PATCH = notFound;
export const PUT = notFound;
export const DELETE = notFound;
