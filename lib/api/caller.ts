// Who is calling the API. A Bearer token wins when present (cookies are then ignored entirely,
// so a script needs none); otherwise the parent's session cookie, which is only good for
// same-origin requests when it changes something (SECURITY.md #13). The family tablet's cookie
// never opens the API: it is the kids' device.
import "server-only";
import { after } from "next/server";
import { cachedApiToken } from "@/lib/api-tokens/cache";
import { touchApiToken } from "@/lib/api-tokens/queries";
import { bearerToken, needsLastUsedUpdate, tokenStatus } from "@/lib/api-tokens/rules";
import { ApiError } from "@/lib/api/errors";
import { getSession } from "@/lib/auth/session";
import { getFamily } from "@/lib/families/queries";
import { isFamilyTablet } from "@/lib/auth/tablet-cookie";
import { localDateAt, type LocalDate } from "@/lib/time/rules";

export type ApiCaller = {
  via: "token" | "cookie";
  familyId: string;
  /** The parent acting: the session's, or the one who created the token. */
  memberId: string;
  canWrite: boolean;
  /** The token the request came with (token callers only). */
  tokenId?: string;
  /** The family's "today", in its time zone and day start (fetched once, when a handler asks). */
  today: () => Promise<LocalDate>;
};

const unauthenticated = (message: string) => new ApiError(401, "unauthenticated", message);

function todayFrom(calendar: { timeZone: string; dayStartMinute: number }) {
  return localDateAt(new Date(), calendar.timeZone, calendar.dayStartMinute);
}

/** Runs after the response is sent when inside a request; at once elsewhere (tests, scripts). */
function afterResponse(task: () => Promise<void>) {
  const run = () => task().catch((error) => console.error("[api] background task failed", error));
  try {
    after(run);
  } catch {
    void run();
  }
}

async function tokenCaller(token: string): Promise<ApiCaller> {
  const row = await cachedApiToken(token);
  const now = new Date();
  if (!row) throw unauthenticated("This API token is not valid.");
  const status = tokenStatus(row, now);
  if (status !== "active")
    throw unauthenticated(
      status === "expired"
        ? "This API token has expired. Create a new one under Family → API tokens."
        : "This API token was revoked. Create a new one under Family → API tokens.",
    );
  if (needsLastUsedUpdate(row.lastUsedAt, now)) {
    // The cached copy remembers it too, so a token in steady use writes once a minute.
    row.lastUsedAt = now;
    afterResponse(() => touchApiToken(row.id, now));
  }
  return {
    via: "token",
    tokenId: row.id,
    familyId: row.familyId,
    memberId: row.createdById,
    canWrite: row.scope === "READ_WRITE",
    today: async () => todayFrom(row),
  };
}

async function cookieCaller(): Promise<ApiCaller> {
  if (await isFamilyTablet())
    throw new ApiError(403, "forbidden", "The family tablet cannot use the API. Ask a parent.");
  const session = await getSession();
  if (!session) throw unauthenticated("Sign in, or send an API token as a Bearer token.");
  if (session.role !== "PARENT" || !session.familyId || !session.memberId)
    throw new ApiError(403, "forbidden", "Only a parent of a family can use the API.");
  const familyId = session.familyId;
  let today: Promise<LocalDate> | undefined;
  return {
    via: "cookie",
    familyId,
    memberId: session.memberId,
    canWrite: true,
    today: () => (today ??= getFamily(familyId).then(todayFrom)),
  };
}

/**
 * A cookie-authenticated change must come from our own pages: the browser's Origin (or, failing
 * that, Sec-Fetch-Site) must say same origin. A request with neither is refused too; every
 * browser that could carry our cookie sends at least one of them on a POST, PATCH or DELETE.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("host") ?? new URL(request.url).host;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}

export async function authenticate(request: Request, mutates: boolean): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = bearerToken(authorization);
    if (!token) throw unauthenticated("Send the token as “Authorization: Bearer <token>”.");
    const caller = await tokenCaller(token);
    if (mutates && !caller.canWrite)
      throw new ApiError(403, "forbidden", "This token is read-only.");
    return caller;
  }
  const caller = await cookieCaller();
  if (mutates && !isSameOrigin(request))
    throw new ApiError(403, "forbidden", "Cross-site requests cannot change data.");
  return caller;
}
