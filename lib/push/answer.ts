import "server-only";
// Approve or Deny pressed on a reward request's notification (issue 19, app/push/answer). The
// token is the capability: signed by the server for one request, one parent and one device, for a
// week. It stops working when the device is removed or the parent leaves the family, and the
// request itself can be answered only once (lib/points/queries.ts), whoever answers first.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { wordsIn } from "@/lib/i18n/server-messages";
import { approveRequest, denyRequest } from "@/lib/points/rewards";
import { readAnswer } from "@/lib/push/rules";
import { notificationLocale, notificationWords } from "@/lib/push/words";
import { logSecurityEvent } from "@/lib/security-log";

export type Answer =
  | { kind: "done"; status: "APPROVED" | "DENIED"; message: string }
  | { kind: "conflict"; message: string }
  | { kind: "refused"; message: string };

export async function answerFromNotification(
  token: string,
  decision: "approve" | "deny",
): Promise<Answer> {
  const grant = readAnswer(token, env().AUTH_SECRET!);
  if (!grant)
    return { kind: "refused", message: "This notification has expired. Answer on the dashboard." };
  const device = await db.pushSubscription.findFirst({
    where: { id: grant.subscriptionId, memberId: grant.memberId },
    select: {
      familyId: true,
      locale: true,
      member: { select: { role: true, user: { select: { locale: true } } } },
    },
  });
  if (!device || device.member.role !== "PARENT")
    return {
      kind: "refused",
      message: "This device no longer gets notifications. Answer on the dashboard.",
    };
  const locale = notificationLocale(device.member.user?.locale, device.locale);
  const say = await wordsIn(locale);
  const request = await db.rewardRequest.findFirst({
    where: { id: grant.requestId, familyId: device.familyId },
    select: {
      member: { select: { displayName: true } },
      reward: { select: { name: true, emoji: true } },
    },
  });
  try {
    if (decision === "approve")
      await approveRequest(device.familyId, grant.requestId, grant.memberId);
    else await denyRequest(device.familyId, grant.requestId, grant.memberId);
  } catch (error) {
    if (error instanceof DomainError)
      return { kind: "conflict", message: say(error.sentence ?? error.message) };
    throw error;
  }
  logSecurityEvent("reward_answered_from_notification", {
    familyId: device.familyId,
    requestId: grant.requestId,
    decision,
  });
  const words = await notificationWords(locale);
  const values = {
    kid: request?.member.displayName ?? "",
    reward: request ? `${request.reward.emoji} ${request.reward.name}` : "",
  };
  return {
    kind: "done",
    status: decision === "approve" ? "APPROVED" : "DENIED",
    message: words(decision === "approve" ? "reward.approved" : "reward.denied", values),
  };
}
