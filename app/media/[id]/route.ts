// GET /media/{id}: a family's photo or voice clip (decision 017), for the family's parents and
// its tablet. Another family's id, or no session at all, is 404: the same answer as an id that
// does not exist. Media never change (a new file is a new id), so a browser and the tablet's
// service worker keep each one for good.
import { requestIdOf } from "@/lib/api/endpoint";
import { ApiError, apiErrorFrom, errorResponse } from "@/lib/api/errors";
import { getSession } from "@/lib/auth/session";
import { mediaOfFamily } from "@/lib/media/queries";
import { getTabletSession } from "@/lib/tablet/session";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = () => new ApiError(404, "not_found", "That photo or recording was not found.");

async function callerFamily(): Promise<string | null> {
  const session = await getSession();
  if (session?.familyId) return session.familyId;
  return (await getTabletSession())?.familyId ?? null;
}

export async function GET(request: Request, { params }: RouteContext<"/media/[id]">) {
  const requestId = requestIdOf(request);
  const headers = new Headers({ "X-Request-Id": requestId, "Cache-Control": "no-store" });
  try {
    const { id } = await params;
    if (!UUID.test(id)) throw NOT_FOUND();
    const familyId = await callerFamily();
    if (!familyId) throw NOT_FOUND();
    const media = await mediaOfFamily(familyId, id);
    if (!media) throw NOT_FOUND();
    const etag = `"${media.sha256}"`;
    const cached = new Headers({
      "Cache-Control": "private, max-age=31536000, immutable",
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
      // Opened on its own, it is inert: no script, no form, no plugin, nothing it can load.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
      "X-Request-Id": requestId,
    });
    if (request.headers.get("if-none-match") === etag)
      return new Response(null, { status: 304, headers: cached });
    cached.set("Content-Type", media.contentType);
    cached.set("Content-Length", String(media.byteSize));
    return new Response(new Uint8Array(media.data), { headers: cached });
  } catch (error) {
    return errorResponse(apiErrorFrom(error, requestId), headers);
  }
}
