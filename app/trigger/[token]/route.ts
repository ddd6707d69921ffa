// A trigger address (issue 19): POST /trigger/<secret> checks the chosen item or logs the chosen
// habit for the kid, by every rule of a tap on the tablet. A repeat within the minute is the same
// tap. Answers JSON: 200 with what was done, 404 for an unknown or revoked address (the same),
// 422 when a rule says no today, 429 past 30 a minute, 503 while the database is away.
import { attemptKey, reserveAttempt } from "@/lib/auth/attempts";
import { TRIGGER } from "@/lib/auth/rules";
import { DomainError } from "@/lib/errors";
import { databaseOutage } from "@/lib/db-outage";
import { fireTrigger } from "@/lib/triggers/queries";
import { noStoreJson, postOnly } from "@/lib/http-answers";

export async function POST(_request: Request, { params }: RouteContext<"/trigger/[token]">) {
  const { token } = await params;
  if (!/^[\w-]{20,100}$/.test(token)) return noStoreJson(404, { error: "not_found" });
  try {
    // Counted before the secret is looked at, atomically: a burst cannot slip past the limit.
    const reservation = await reserveAttempt(TRIGGER, attemptKey(TRIGGER, token));
    if (!reservation.allowed)
      return noStoreJson(
        reservation.reason === "limit" ? 429 : 503,
        { error: reservation.reason === "limit" ? "too_many" : "unavailable" },
        { "Retry-After": String(reservation.retryAfterSeconds) },
      );
    const fired = await fireTrigger(token);
    if (!fired) return noStoreJson(404, { error: "not_found" });
    return noStoreJson(200, { did: fired.did, new: fired.new, date: fired.date });
  } catch (error) {
    if (error instanceof DomainError)
      return noStoreJson(422, { error: "rule_violation", message: error.message });
    if (!databaseOutage(error)) throw error;
    return noStoreJson(503, { error: "unavailable" }, { "Retry-After": "30" });
  }
}

export const GET = postOnly;
