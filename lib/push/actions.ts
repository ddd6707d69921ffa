"use server";
// A parent turns notifications on or off for this browser, removes an old device, tries one, and
// says what they want to hear and when not (Account page, issue 19).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError, NotFoundError } from "@/lib/errors";
import {
  removeDevice,
  removeSubscriptionByEndpoint,
  saveSubscription,
  savePrefs,
  vapidSubject,
} from "@/lib/push/queries";
import { deviceLabel, endpointProblem } from "@/lib/push/rules";
import { deviceIdSchema, endpointSchema, prefsSchema, turnOnSchema } from "@/lib/push/schemas";
import { sendPush } from "@/lib/push/send";
import { logSecurityEvent } from "@/lib/security-log";

export const turnOnPushAction = validatedAction({
  schema: turnOnSchema,
  authorize: requireParent,
  async run({ subscription, locale }, session) {
    if (!vapidSubject()) throw new DomainError("Notifications are not set up on this server yet.");
    const problem = endpointProblem(subscription.endpoint, env().WEBHOOKS_ALLOW_PRIVATE_TARGETS);
    if (problem) throw new DomainError(problem);
    const label = deviceLabel((await headers()).get("user-agent"));
    const device = await saveSubscription(session.familyId, session.memberId, {
      ...subscription,
      label,
      locale,
    });
    logSecurityEvent("push_device_added", { familyId: session.familyId, deviceId: device.id });
    revalidatePath("/account");
    return {
      ok: true,
      message: "Notifications are on for this device.",
      data: { deviceId: device.id },
    };
  },
});

export const turnOffPushAction = validatedAction({
  schema: endpointSchema,
  authorize: requireParent,
  async run({ endpoint }, session) {
    await removeSubscriptionByEndpoint(session.familyId, session.memberId, endpoint);
    revalidatePath("/account");
    return { ok: true };
  },
});

export const removeDeviceAction = validatedAction({
  schema: deviceIdSchema,
  authorize: requireParent,
  async run({ deviceId }, session) {
    await removeDevice(session.familyId, session.memberId, deviceId);
    logSecurityEvent("push_device_removed", { familyId: session.familyId, deviceId });
    revalidatePath("/account");
    return { ok: true, message: "Removed. That device gets no more notifications." };
  },
});

export const testPushAction = validatedAction({
  schema: deviceIdSchema,
  authorize: requireParent,
  async run({ deviceId }, session) {
    const mine = await db.pushSubscription.count({
      where: { id: deviceId, memberId: session.memberId, familyId: session.familyId },
    });
    if (!mine) throw new NotFoundError("That device");
    // Sent now rather than queued: the parent is waiting to see it arrive.
    const outcome = await sendPush(
      { subscriptionId: deviceId, notice: { kind: "test" } },
      { allowPrivate: env().WEBHOOKS_ALLOW_PRIVATE_TARGETS },
    );
    revalidatePath("/account");
    if (outcome === "sent")
      return { ok: true, message: "Sent. It should appear on that device in a few seconds." };
    if (outcome === "gone")
      throw new DomainError("That device no longer takes notifications, so it was removed.");
    throw new DomainError("The push service did not take it. Try again in a minute.");
  },
});

export const savePrefsAction = validatedAction({
  schema: prefsSchema,
  authorize: requireParent,
  async run(prefs, session) {
    await savePrefs(session.familyId, session.memberId, prefs);
    revalidatePath("/account");
    return { ok: true, message: "Saved." };
  },
});
