// POST /tablet/sync: the family tablet sends the taps it queued (components/tablet/sync), in
// order, in batches. Not part of the documented API: the tablet's device cookie is the caller.
// Answers in the API's error shape, and 503 + Retry-After while the database is down (the queue
// keeps the taps and tries again).
import { cookies } from "next/headers";
import { isSameOrigin } from "@/lib/api/caller";
import { readJson, requestIdOf } from "@/lib/api/endpoint";
import { ApiError, apiErrorFrom, errorResponse } from "@/lib/api/errors";
import { logSecurityEvent } from "@/lib/security-log";
import { findTabletForSync } from "@/lib/tablet/queries";
import { TABLET_COOKIE } from "@/lib/auth/tablet-cookie";
import { recordRefusals, syncTaps } from "@/lib/tablet/sync";
import { syncRequestSchema } from "@/lib/tablet/sync-schema";

export const dynamic = "force-dynamic";

const REMOVED = "This tablet was removed from the family before these taps arrived.";

export async function POST(request: Request): Promise<Response> {
  const requestId = requestIdOf(request);
  const headers = new Headers({ "X-Request-Id": requestId, "Cache-Control": "no-store" });
  try {
    if (!isSameOrigin(request))
      throw new ApiError(403, "forbidden", "Taps are accepted from the tablet's own page only.");
    const token = (await cookies()).get(TABLET_COOKIE)?.value;
    if (!token) throw new ApiError(401, "unauthenticated", "This device is not the family tablet.");
    const parsed = syncRequestSchema.safeParse(await readJson(request));
    if (!parsed.success) throw ApiError.invalid(parsed.error, "body");
    const device = await findTabletForSync(token);
    if (!device)
      throw new ApiError(401, "unauthenticated", "This device is not the family tablet.");
    const { kidPassKidId, kidPassPinVersion, kidPassUntil } = device;
    const tablet = {
      deviceId: device.id,
      familyId: device.familyId,
      ...device.family,
      pass: { kidPassKidId, kidPassPinVersion, kidPassUntil },
    };
    if (device.revokedAt) {
      // Its taps are not applied, but parents see that they came (Family page).
      await recordRefusals(
        tablet,
        parsed.data.taps.map((tap) => ({ tap, reason: REMOVED })),
      );
      logSecurityEvent("tablet_sync_refused", { familyId: device.familyId, deviceId: device.id });
      throw new ApiError(403, "forbidden", REMOVED);
    }
    return Response.json(await syncTaps(tablet, parsed.data), { headers });
  } catch (error) {
    return errorResponse(apiErrorFrom(error, requestId, true), headers);
  }
}
