// Pure family rules: avatars, time zones, day start, invitations.
import { createHash, randomBytes } from "node:crypto";

/** Pictures a kid can recognise as "me" without reading. */
export const AVATAR_EMOJIS = [
  "🦊",
  "🐢",
  "🦄",
  "🐼",
  "🐯",
  "🐸",
  "🐙",
  "🦁",
  "🐨",
  "🐰",
  "🐶",
  "🐱",
  "🦖",
  "🐝",
  "🦋",
  "🐳",
  "🚀",
  "⚽",
  "🌈",
  "⭐",
  "🍓",
  "🎸",
  "🧑",
  "👩",
] as const;

/** Avatar backgrounds, each dark enough for white text and distinct from the others. */
export const AVATAR_COLORS = [
  { value: "#c2410c", name: "Orange" },
  { value: "#15803d", name: "Green" },
  { value: "#7e22ce", name: "Purple" },
  { value: "#1d4ed8", name: "Blue" },
  { value: "#be123c", name: "Red" },
  { value: "#0f766e", name: "Teal" },
  { value: "#a16207", name: "Gold" },
  { value: "#be185d", name: "Pink" },
  { value: "#4338ca", name: "Indigo" },
  { value: "#44403c", name: "Stone" },
] as const;

export function timeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}

/** The hours a family's day may start at: midnight to noon. */
export const DAY_START_HOURS = Array.from({ length: 13 }, (_, hour) => hour);

export const INVITE_TTL_DAYS = 7;

/** A new invitation: the token goes in the link once; only its hash is stored. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

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
