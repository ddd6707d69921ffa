import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken, newSecretToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { afterWrongPin, isPinLocked } from "@/lib/tablet/rules";

export async function enableTablet(familyId: string, createdById: string, name: string) {
  const { token, tokenHash } = newSecretToken();
  const device = await db.tabletDevice.create({
    data: { familyId, createdById, name, tokenHash },
    select: { id: true },
  });
  return { ...device, token };
}

export async function findActiveTablet(token: string) {
  return db.tabletDevice.findFirst({
    where: { tokenHash: hashToken(token), revokedAt: null },
    // The family's calendar comes along: the kid's page needs "today" and saves a statement.
    select: {
      id: true,
      familyId: true,
      name: true,
      family: { select: { timeZone: true, dayStartMinute: true } },
    },
  });
}

export async function listTablets(familyId: string) {
  return db.tabletDevice.findMany({
    where: { familyId, revokedAt: null },
    select: { id: true, name: true, createdAt: true, createdBy: { select: { displayName: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export async function revokeTablet(familyId: string, deviceId: string) {
  const { count } = await db.tabletDevice.updateMany({
    where: { id: deviceId, familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("That tablet");
}

/** The kids the picker shows: faces only, plus whether a PIN is asked and if it is locked. */
export async function tabletKids(familyId: string, now = new Date()) {
  const kids = await db.familyMember.findMany({
    where: { familyId, role: "CHILD", archivedAt: null },
    select: {
      id: true,
      displayName: true,
      avatarEmoji: true,
      avatarColor: true,
      pinHash: true,
      pinLockedUntil: true,
    },
    orderBy: { createdAt: "asc" },
  });
  return kids.map(({ pinHash, pinLockedUntil, ...kid }) => ({
    ...kid,
    hasPin: pinHash !== null,
    lockedMinutes:
      pinLockedUntil && pinLockedUntil > now
        ? Math.ceil((pinLockedUntil.getTime() - now.getTime()) / 60_000)
        : null,
  }));
}

export async function findTabletKid(familyId: string, kidId: string) {
  const kids = await tabletKids(familyId);
  const kid = kids.find((k) => k.id === kidId);
  if (!kid) throw new NotFoundError("That kid");
  return kid;
}

export type PinCheck = { ok: true } | { ok: false; lockedUntil: Date | null; attemptsLeft: number };

/** Checks a kid's PIN; the 5th wrong one in a row locks the kid for 15 minutes. */
export async function checkKidPin(
  familyId: string,
  kidId: string,
  pin: string,
  now = new Date(),
): Promise<PinCheck> {
  const kid = await db.familyMember.findFirst({
    where: { id: kidId, familyId, role: "CHILD", archivedAt: null },
    select: { pinHash: true, pinFailedAttempts: true, pinLockedUntil: true },
  });
  if (!kid) throw new NotFoundError("That kid");
  const state = { failedAttempts: kid.pinFailedAttempts, lockedUntil: kid.pinLockedUntil };
  if (!kid.pinHash) return { ok: true };
  if (isPinLocked(state, now))
    return { ok: false, lockedUntil: state.lockedUntil, attemptsLeft: 0 };
  if (await verifyPassword(kid.pinHash, pin)) {
    await db.familyMember.updateMany({
      where: { id: kidId, familyId },
      data: { pinFailedAttempts: 0 },
    });
    return { ok: true };
  }
  const next = afterWrongPin(state, now);
  await db.familyMember.updateMany({
    where: { id: kidId, familyId },
    data: { pinFailedAttempts: next.failedAttempts, pinLockedUntil: next.lockedUntil },
  });
  return {
    ok: false,
    lockedUntil: next.lockedUntil,
    attemptsLeft: next.lockedUntil ? 0 : 5 - next.failedAttempts,
  };
}
