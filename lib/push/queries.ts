import "server-only";
// Parents' devices and what they want to hear (issue 19). Every query is scoped by family and,
// for a device, by the parent it belongs to: one parent never lists or removes another's.
import webpush from "web-push";
import { db } from "@/lib/db";
import { env, isContactAddress } from "@/lib/env";
import { DomainError, NotFoundError } from "@/lib/errors";
import { MAX_DEVICES, type QuietHours, type SubscriptionInput } from "@/lib/push/rules";

/**
 * The server's VAPID keys: made on first need and kept. Two instances starting at once both try
 * to insert the one row; the second's insert does nothing, and both read the same pair.
 */
export async function vapidKeys(): Promise<{ publicKey: string; privateKey: string }> {
  const stored = await db.vapidKeys.findUnique({ where: { id: 1 } });
  if (stored) return stored;
  const made = webpush.generateVAPIDKeys();
  await db.$executeRaw`
    INSERT INTO "vapid_keys" ("id", "publicKey", "privateKey")
    VALUES (1, ${made.publicKey}, ${made.privateKey}) ON CONFLICT ("id") DO NOTHING`;
  return db.vapidKeys.findUniqueOrThrow({ where: { id: 1 } });
}

/** The contact the push services see, or null when there is none worth giving (push is off). */
export function vapidSubject(): string | null {
  const config = env();
  if (config.VAPID_SUBJECT) return config.VAPID_SUBJECT;
  return config.PUBLIC_URL && isContactAddress(config.PUBLIC_URL) ? config.PUBLIC_URL : null;
}

/**
 * A device turned on, or turned on again. The endpoint is the browser's own: if it was a
 * co-parent's (one browser, two logins), it is now this parent's, with the keys it has now.
 * Another family's is refused: that family keeps its notifications until it turns them off.
 */
export async function saveSubscription(
  familyId: string,
  memberId: string,
  input: SubscriptionInput & { label: string; locale: string },
) {
  const fields = {
    familyId,
    memberId,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    label: input.label,
    locale: input.locale,
  };
  return db.$transaction(async (tx) => {
    const known = await tx.pushSubscription.findUnique({
      where: { endpoint: input.endpoint },
      select: { memberId: true, familyId: true },
    });
    if (known && known.familyId !== familyId)
      throw new DomainError(
        "This browser gets another family's notifications. Turn them off there first.",
      );
    if (known?.memberId !== memberId) {
      const count = await tx.pushSubscription.count({ where: { memberId, familyId } });
      if (count >= MAX_DEVICES)
        throw new DomainError("You have 10 devices with notifications. Remove one first.");
    }
    return tx.pushSubscription.upsert({
      where: { endpoint: input.endpoint },
      create: { ...fields, endpoint: input.endpoint },
      update: fields,
      select: { id: true },
    });
  });
}

/** This browser turned off: only the parent's own device, found by its endpoint. */
export async function removeSubscriptionByEndpoint(
  familyId: string,
  memberId: string,
  endpoint: string,
) {
  const { count } = await db.pushSubscription.deleteMany({
    where: { endpoint, memberId, familyId },
  });
  if (count === 0) throw new NotFoundError("That device");
}

/** A device removed from the list (a lost phone): its notifications' buttons stop working too. */
export async function removeDevice(familyId: string, memberId: string, deviceId: string) {
  const { count } = await db.pushSubscription.deleteMany({
    where: { id: deviceId, memberId, familyId },
  });
  if (count === 0) throw new NotFoundError("That device");
}

export async function listDevices(familyId: string, memberId: string) {
  return db.pushSubscription.findMany({
    where: { familyId, memberId },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, endpoint: true, createdAt: true, lastSuccessAt: true },
  });
}

export type Prefs = QuietHours & {
  rewardRequests: boolean;
  routineReminders: boolean;
  weeklySummary: boolean;
};

export const DEFAULT_PREFS: Prefs = {
  rewardRequests: true,
  routineReminders: true,
  weeklySummary: true,
  quietStart: null,
  quietEnd: null,
};

export async function getPrefs(familyId: string, memberId: string): Promise<Prefs> {
  const row = await db.notificationPrefs.findFirst({
    where: { memberId, familyId },
    select: {
      rewardRequests: true,
      routineReminders: true,
      weeklySummary: true,
      quietStart: true,
      quietEnd: true,
    },
  });
  return row ?? DEFAULT_PREFS;
}

export async function savePrefs(familyId: string, memberId: string, prefs: Prefs) {
  await db.notificationPrefs.upsert({
    where: { memberId },
    create: { memberId, familyId, ...prefs },
    update: prefs,
  });
}

/** A routine's end-of-window reminder, switched on or off by a parent. */
export async function setRoutineReminder(familyId: string, routineId: string, on: boolean) {
  const { count } = await db.routine.updateMany({
    where: { id: routineId, familyId, archivedAt: null },
    data: { remindAtEnd: on },
  });
  if (count === 0) throw new NotFoundError("That routine");
}
