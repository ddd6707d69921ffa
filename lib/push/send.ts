import "server-only";
// One push notification to one device, as a job (issue 19). web-push encrypts the payload for the
// browser (RFC 8291, aes128gcm) and signs the VAPID header (RFC 8292); the request itself goes out
// through fetch, with a timeout and no redirects, like a webhook. The push service's answer decides
// what follows: 2xx sent; 404 or 410 the browser dropped the subscription, which is deleted; 429
// or 5xx or no answer, pg-boss tries again later; any other 4xx is a refusal trying again would
// not change (logged).
import webpush from "web-push";
import { db } from "@/lib/db";
import { type Notice, composeNotice } from "@/lib/push/notices";
import { vapidKeys, vapidSubject } from "@/lib/push/queries";
import { endpointProblem } from "@/lib/push/rules";
import { targetProblem } from "@/lib/webhooks/targets";

export type PushJob = { subscriptionId: string; notice: Notice };

export type PushSettings = {
  allowPrivate: boolean;
  timeoutMs?: number;
  /** Injectable for tests; the app's own fetch otherwise. */
  fetch?: typeof fetch;
};

export type PushOutcome = "sent" | "gone" | "nothing" | "refused" | "retry";

/** How long a push service keeps a notification for a device that is off (seconds). */
const TTL: Record<Notice["kind"], number> = {
  reward: 24 * 3600,
  reminder: 3600, // a reminder the next morning helps no one
  pool: 3600,
  weekly: 48 * 3600,
  goal: 48 * 3600,
  test: 600,
};

export async function sendPush(job: PushJob, settings: PushSettings): Promise<PushOutcome> {
  const subscription = await db.pushSubscription.findUnique({
    where: { id: job.subscriptionId },
    select: {
      id: true,
      familyId: true,
      memberId: true,
      endpoint: true,
      p256dh: true,
      auth: true,
      locale: true,
    },
  });
  if (!subscription) return "nothing"; // turned off meanwhile
  const subject = vapidSubject();
  if (!subject) {
    console.warn("[push] VAPID_SUBJECT is not set: notifications are off (docs/notifications.md)");
    return "nothing";
  }
  const message = await composeNotice(job.notice, subscription);
  if (!message) return "nothing";

  const problem =
    endpointProblem(subscription.endpoint, settings.allowPrivate) ??
    (await targetProblem(subscription.endpoint, { allowPrivate: settings.allowPrivate }));
  if (problem) {
    console.warn(`[push] not sent to ${new URL(subscription.endpoint).host}: ${problem}`);
    return "refused";
  }
  const keys = await vapidKeys();
  let request: ReturnType<typeof webpush.generateRequestDetails>;
  try {
    request = webpush.generateRequestDetails(
      {
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      },
      JSON.stringify(message),
      {
        vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
        TTL: TTL[job.notice.kind],
        // A reward request wakes a phone now; a summary may wait for the phone's next wake-up.
        urgency: job.notice.kind === "reward" ? "high" : "normal",
      },
    );
  } catch (error) {
    // Keys that cannot be encrypted for (stored before they were checked): no retry helps.
    console.warn(
      `[push] cannot encrypt for ${new URL(subscription.endpoint).host}: ${(error as Error).message}`,
    );
    return "refused";
  }
  let status: number;
  try {
    const response = await (settings.fetch ?? fetch)(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: "manual",
      signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
    });
    status = response.status;
    await response.body?.cancel();
  } catch {
    return "retry";
  }
  if (status >= 200 && status < 300) {
    await db.pushSubscription.updateMany({
      where: { id: subscription.id },
      data: { lastSuccessAt: new Date() },
    });
    return "sent";
  }
  if (status === 404 || status === 410) {
    await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
    return "gone";
  }
  if (status === 429 || status >= 500) return "retry";
  console.warn(`[push] ${new URL(subscription.endpoint).host} refused a notification: ${status}`);
  return "refused";
}
