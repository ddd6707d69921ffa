// The rules of parents' push notifications (issue 19), pure: what a browser's subscription must
// look like, quiet hours, when a routine's reminder or a week's summary is due, and the signed
// answer a notification's Approve and Deny buttons carry.
import { createPublicKey } from "node:crypto";
import { z } from "zod";
import { readPayload, signPayload } from "@/lib/auth/signed-payload";
import {
  type LocalDate,
  addDays,
  dayOfWeek,
  instantAt,
  isoWeekday,
  localDateAt,
  localMinuteAt,
} from "@/lib/time/rules";

/** Devices per parent: a phone, a laptop, a tablet … and room for old ones not yet removed. */
export const MAX_DEVICES = 10;

/** A reminder comes at most this long after the window's end (after downtime: not at all). */
export const REMINDER_LATE_MINUTES = 30;

/** The week's summary: on the family week's last day, from this minute (18:00 local). */
export const WEEKLY_SUMMARY_MINUTE = 18 * 60;

const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `The ${what} key is not base64url.`)
    .refine((value) => Buffer.from(value, "base64url").length === bytes, {
      error: `The ${what} key has the wrong length.`,
    });

/** Is this (base64url, uncompressed) a point on P-256? */
function isCurvePoint(value: string): boolean {
  const point = Buffer.from(value, "base64url");
  if (point[0] !== 4) return false;
  try {
    createPublicKey({
      key: {
        kty: "EC",
        crv: "P-256",
        x: point.subarray(1, 33).toString("base64url"),
        y: point.subarray(33, 65).toString("base64url"),
      },
      format: "jwk",
    });
    return true;
  } catch {
    return false;
  }
}

/** What PushSubscription.toJSON() gives, as the browser sends it (RFC 8291's keys). */
export const subscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/, error: "Not a push service address." }).max(1000),
  keys: z.object({
    // An uncompressed P-256 point (on the curve: payloads are encrypted for it), and the 16-byte
    // authentication secret.
    p256dh: base64url(65, "p256dh").refine(isCurvePoint, {
      error: "The p256dh key is not a P-256 key.",
    }),
    auth: base64url(16, "auth"),
  }),
});

export type SubscriptionInput = z.infer<typeof subscriptionSchema>;

/**
 * Where a push service may be. Browsers' push services are https. Plain http only to this very
 * machine, and only where private targets are allowed (a family's own server, the tests' local
 * push service): a hosted deployment never posts to http.
 */
export function endpointProblem(endpoint: string, allowPrivate: boolean): string | null {
  const url = new URL(endpoint);
  if (url.protocol === "https:") return null;
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  return loopback && allowPrivate ? null : "A push service address must be https.";
}

/** "Firefox on Android": a name for the list of a parent's devices, from the User-Agent. */
export function deviceLabel(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /OPR\/|Opera/.test(ua)
      ? "Opera"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Chrome\/|Chromium\/|CriOS\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua)
            ? "Safari"
            : "Browser";
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad|iPod/.test(ua)
      ? "iOS"
      : /Mac OS X|Macintosh/.test(ua)
        ? "macOS"
        : /Windows/.test(ua)
          ? "Windows"
          : /CrOS/.test(ua)
            ? "ChromeOS"
            : /Linux/.test(ua)
              ? "Linux"
              : null;
  return system ? `${browser} on ${system}` : browser;
}

export type QuietHours = { quietStart: number | null; quietEnd: number | null };

/** Is this minute of the day inside quiet hours? A window may wrap midnight (22:00–07:00). */
export function isQuietAt(minute: number, hours: QuietHours): boolean {
  const { quietStart: start, quietEnd: end } = hours;
  if (start === null || end === null || start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * When a notice made at `now` may be shown, if not at once: the end of the parent's quiet hours
 * (in the family's zone, so a DST night still ends at 07:00 on the clock); null outside them.
 */
export function quietUntil(now: Date, timeZone: string, hours: QuietHours): Date | null {
  if (!isQuietAt(localMinuteAt(now, timeZone), hours)) return null;
  const today = localDateAt(now, timeZone);
  const end = hours.quietEnd!;
  const candidate = instantAt(today, end, timeZone);
  return candidate > now ? candidate : instantAt(addDays(today, 1), end, timeZone);
}

export type ReminderRoutine = {
  weekdays: readonly number[];
  endMinute: number;
};

/**
 * The family day whose window of this routine ended within the last REMINDER_LATE_MINUTES, or
 * null. A window's minutes count from local midnight of the family's day (as on the tablet).
 */
export function reminderDueDay(
  routine: ReminderRoutine,
  now: Date,
  timeZone: string,
  dayStartMinute: number,
): LocalDate | null {
  const today = localDateAt(now, timeZone, dayStartMinute);
  for (const day of [today, addDays(today, -1)]) {
    if (!routine.weekdays.includes(isoWeekday(day))) continue;
    // A window's minute before the day's start belongs to the small hours after it.
    const date = routine.endMinute < dayStartMinute ? addDays(day, 1) : day;
    const end = instantAt(date, routine.endMinute, timeZone);
    const late = now.getTime() - end.getTime();
    if (late >= 0 && late < REMINDER_LATE_MINUTES * 60_000) return day;
  }
  return null;
}

/**
 * The first day of the week whose summary is due now, or null: due on the week's last day from
 * 18:00 until that day ends (after downtime the same evening, it still comes; a day later, not).
 */
export function weeklySummaryDue(
  now: Date,
  timeZone: string,
  weekStart: number,
  dayStartMinute: number,
): LocalDate | null {
  const today = localDateAt(now, timeZone, dayStartMinute);
  if (dayOfWeek(today, weekStart) !== 6) return null;
  if (now < instantAt(today, WEEKLY_SUMMARY_MINUTE, timeZone)) return null;
  return addDays(today, -6);
}

// ── the answer a notification carries ─────────────────────────────────────────────────────────

const ANSWER_PURPOSE = "push-answer";
/** Long enough for a request seen the next morning; a decided request refuses it anyway. */
export const ANSWER_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type AnswerGrant = {
  requestId: string;
  /** The parent the notification was for: the decision is theirs. */
  memberId: string;
  /** The device it was sent to: removing the device ends its buttons. */
  subscriptionId: string;
  expiresAt: number;
};

/** The token behind a reward request notification's Approve and Deny buttons. */
export function signAnswer(
  grant: Omit<AnswerGrant, "expiresAt">,
  secret: string,
  now = Date.now(),
) {
  return signPayload(ANSWER_PURPOSE, { ...grant, expiresAt: now + ANSWER_TTL_MS }, secret);
}

/** The grant if the token is genuine and not expired; null otherwise. */
export function readAnswer(token: string, secret: string, now = Date.now()): AnswerGrant | null {
  const data = readPayload<AnswerGrant>(ANSWER_PURPOSE, token, secret, now);
  if (!data) return null;
  const { requestId, memberId, subscriptionId, expiresAt } = data;
  return typeof requestId === "string" &&
    typeof memberId === "string" &&
    typeof subscriptionId === "string" &&
    typeof expiresAt === "number"
    ? { requestId, memberId, subscriptionId, expiresAt }
    : null;
}
