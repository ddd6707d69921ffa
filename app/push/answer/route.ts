// A reward request answered from a push notification (issue 19): the parent's service worker
// (sw/parent.ts) posts the notification's signed token and the button pressed. The token names
// the request, the parent it was sent to and the device; the decision is that parent's, by the
// same functions as the dashboard's buttons, so it happens once: a second press, or another
// parent's answer first, is 409 "already answered". Answers JSON with a sentence in the parent's
// language for the service worker to show.
import { z } from "zod";
import { databaseOutage } from "@/lib/db-outage";
import { DomainError, NotFoundError } from "@/lib/errors";
import { answerFromNotification } from "@/lib/push/answer";
import { noStoreJson, postOnly } from "@/lib/http-answers";

const bodySchema = z.strictObject({
  token: z.string().min(20).max(1000),
  decision: z.enum(["approve", "deny"]),
});

export async function POST(request: Request) {
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return noStoreJson(400, { error: "invalid_input", message: "Send { token, decision }." });
  try {
    const answer = await answerFromNotification(parsed.data.token, parsed.data.decision);
    if (answer.kind === "refused")
      return noStoreJson(401, { error: "unauthenticated", message: answer.message });
    return noStoreJson(answer.kind === "done" ? 200 : 409, answer);
  } catch (error) {
    if (error instanceof NotFoundError)
      return noStoreJson(404, { error: "not_found", message: error.message });
    if (error instanceof DomainError)
      return noStoreJson(409, { error: "conflict", message: error.message });
    if (!databaseOutage(error)) throw error;
    return noStoreJson(503, { error: "unavailable" }, { "Retry-After": "30" });
  }
}

export const GET = postOnly;
