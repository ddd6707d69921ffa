// Pure family rules: time zones, day start, invitations. (Avatars: lib/families/avatars.ts.)
import { hashToken, newSecretToken } from "@/lib/auth/tokens";
import { zoneChoices, type ZoneChoice } from "@/lib/time/zones";

/** The family's zone choices: today's IANA names, UTC, old names searchable (lib/time/zones). */
export function timeZones(): ZoneChoice[] {
  return zoneChoices(Intl.supportedValuesOf("timeZone"));
}

/** The hours a family's day may start at: midnight to noon. */
export const DAY_START_HOURS = Array.from({ length: 13 }, (_, hour) => hour);

export const INVITE_TTL_DAYS = 7;

/** A new invitation: the token goes in the link once; only its hash is stored. */
export const newInviteToken = newSecretToken;
export const hashInviteToken = hashToken;

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 60 * 60 * 1000);
}

export type InviteStatus = "pending" | "accepted" | "revoked" | "expired";

export function inviteStatus(
  invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InviteStatus {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}
