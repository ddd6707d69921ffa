import "server-only";
// One webhook delivery, as a job (issue 19): POST the event's fixed body, signed, and record the
// attempt. A 2xx answer delivers it; anything else throws, and pg-boss runs the job again later
// (with backoff) until its retries are spent: then the delivery has failed for good, and five such
// failures in a row disable the endpoint, with a notice on the Family page. A delivery that is no
// longer waiting (its answer arrived but the job's completion was lost with its process) is never
// sent again.
import { db } from "@/lib/db";
import { DISABLE_AFTER_FAILURES, SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/rules";
import { targetProblem } from "@/lib/webhooks/targets";

export type DeliverySettings = {
  allowPrivate: boolean;
  timeoutMs?: number;
  /** Injectable for tests; the app's own fetch otherwise. */
  fetch?: typeof fetch;
};

export type AttemptOutcome = "delivered" | "retry" | "failed" | "skipped";

/**
 * Attempts the delivery once. `final`: this is its last attempt (pg-boss will not retry), so a
 * failure is for good. Throws nothing for outcomes it records; the job runner turns "retry" into
 * a thrown error so pg-boss schedules the next attempt.
 */
export async function attemptDelivery(
  deliveryId: string,
  final: boolean,
  settings: DeliverySettings,
  now = () => new Date(),
): Promise<AttemptOutcome> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      familyId: true,
      status: true,
      body: true,
      eventType: true,
      endpoint: { select: { id: true, url: true, secret: true, disabledAt: true } },
    },
  });
  if (!delivery || delivery.status !== "PENDING") return "skipped";
  const { endpoint } = delivery;
  if (endpoint.disabledAt) {
    await settle(delivery.id, "FAILED", { error: "The webhook was disabled." });
    return "failed";
  }
  let status: number | null = null;
  let error: string | null = null;
  const problem = await targetProblem(endpoint.url, { allowPrivate: settings.allowPrivate });
  if (problem) error = problem;
  else {
    try {
      const response = await (settings.fetch ?? fetch)(endpoint.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "family-routines-webhooks",
          "Webhook-Id": delivery.id,
          "Webhook-Event": delivery.eventType,
          [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, delivery.body, now()),
        },
        body: delivery.body,
        redirect: "manual", // a redirect could point anywhere: it is an answer, not a hop
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      });
      status = response.status;
      await response.body?.cancel();
      if (response.ok) {
        await db.$transaction([
          db.webhookDelivery.update({
            where: { id: delivery.id },
            data: {
              status: "DELIVERED",
              attempts: { increment: 1 },
              lastStatus: status,
              lastError: null,
              lastAttemptAt: now(),
              deliveredAt: now(),
            },
          }),
          db.webhookEndpoint.update({
            where: { id: endpoint.id },
            data: { consecutiveFailures: 0 },
          }),
        ]);
        return "delivered";
      }
      // lastStatus says it; lastError is for when there was no answer at all.
    } catch (caught) {
      error =
        (caught as Error).name === "TimeoutError" ? "No answer in time." : "Could not connect.";
    }
  }
  if (!final) {
    await db.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: { increment: 1 },
        lastStatus: status,
        lastError: error,
        lastAttemptAt: now(),
      },
    });
    return "retry";
  }
  await settle(delivery.id, "FAILED", { status, error, at: now() });
  await db.$executeRaw`
    UPDATE "webhook_endpoints"
    SET "consecutiveFailures" = "consecutiveFailures" + 1,
        "disabledAt" = CASE WHEN "consecutiveFailures" + 1 >= ${DISABLE_AFTER_FAILURES}
                            THEN COALESCE("disabledAt", ${now()}) ELSE "disabledAt" END,
        "updatedAt" = ${now()}
    WHERE "id" = ${endpoint.id}::uuid`;
  return "failed";
}

async function settle(
  id: string,
  status: "FAILED",
  last: { status?: number | null; error: string | null; at?: Date },
) {
  await db.webhookDelivery.update({
    where: { id },
    data: {
      status,
      attempts: last.at ? { increment: 1 } : undefined,
      lastStatus: last.status ?? null,
      lastError: last.error,
      ...(last.at && { lastAttemptAt: last.at }),
    },
  });
}
