import { isLocale } from "@/lib/i18n/locales";
import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken, newSecretToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import type { KidLook } from "@/lib/families/kid-look";
import { NotFoundError } from "@/lib/errors";
import { PIN_LOCK_MS, PIN_MAX_ATTEMPTS } from "@/lib/tablet/rules";

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
      kidPassKidId: true,
      kidPassPinVersion: true,
      kidPassUntil: true,
      family: { select: { timeZone: true, dayStartMinute: true } },
    },
  });
}

/** The tablet a sync comes from, removed or not: a removed tablet's taps are kept for parents. */
export async function findTabletForSync(token: string) {
  return db.tabletDevice.findFirst({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      familyId: true,
      revokedAt: true,
      kidPassKidId: true,
      kidPassPinVersion: true,
      kidPassUntil: true,
      family: { select: { timeZone: true, dayStartMinute: true } },
    },
  });
}

export async function listTablets(familyId: string) {
  return db.tabletDevice.findMany({
    where: { familyId, revokedAt: null },
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastSyncAt: true,
      waitingTaps: true,
      createdBy: { select: { displayName: true } },
    },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * Taps the server refused when they arrived (lib/tablet/sync.ts), of the last two weeks, newest
 * first, for parents.
 */
export async function recentRefusals(familyId: string, now = new Date(), take = 20) {
  const since = new Date(now.getTime() - 14 * 24 * 60 * 60 * 1000);
  return db.tabletRefusal.findMany({
    where: { familyId, createdAt: { gte: since } },
    orderBy: [{ happenedAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      kidId: true,
      kind: true,
      happenedAt: true,
      reason: true,
      reasonWords: true,
      device: { select: { name: true } },
    },
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
      pinVersion: true,
      readingLevel: true,
      cardSize: true,
      readSteps: true,
      timerSound: true,
      language: true,
    },
    orderBy: { createdAt: "asc" },
  });
  return kids.map(
    ({ pinHash, readingLevel, cardSize, readSteps, timerSound, language, ...kid }) => ({
      ...kid,
      /** The kid's tablet language, or null for the tablet's own (issue 18). */
      language: isLocale(language) ? language : null,
      look: { readingLevel, cardSize, readSteps, timerSound } satisfies KidLook,
      hasPin: pinHash !== null,
      lockedMinutes:
        kid.pinLockedUntil && kid.pinLockedUntil > now
          ? Math.ceil((kid.pinLockedUntil.getTime() - now.getTime()) / 60_000)
          : null,
    }),
  );
}

/** A kid's tablet language (issue 18), or null for the tablet's own; null too for no such kid. */
export async function tabletKidLanguage(familyId: string, kidId: string) {
  const kid = await db.familyMember.findFirst({
    where: { id: kidId, familyId, role: "CHILD", archivedAt: null },
    select: { language: true },
  });
  return kid && isLocale(kid.language) ? kid.language : null;
}

export async function findTabletKid(familyId: string, kidId: string) {
  const kids = await tabletKids(familyId);
  const kid = kids.find((k) => k.id === kidId);
  if (!kid) throw new NotFoundError("That kid");
  return kid;
}

// ── the kid's pass (rules: lib/tablet/rules.ts kidPassHolds) ─────────────────────────────────────

/** After a right PIN: this tablet acts for this kid until `until`, for this PIN version. */
export async function grantKidPass(
  familyId: string,
  deviceId: string,
  kid: { id: string; pinVersion: number },
  until: Date,
) {
  await db.tabletDevice.updateMany({
    where: { id: deviceId, familyId, revokedAt: null },
    data: { kidPassKidId: kid.id, kidPassPinVersion: kid.pinVersion, kidPassUntil: until },
  });
}

/** The kid is still here (a tap): the pass runs until `until`, if it has not ended meanwhile. */
export async function renewKidPass(deviceId: string, kidId: string, now: Date, until: Date) {
  await db.tabletDevice.updateMany({
    where: { id: deviceId, kidPassKidId: kidId, kidPassUntil: { gt: now } },
    data: { kidPassUntil: until },
  });
}

/** Back to the faces: whoever comes next starts with their own face (and PIN). */
export async function endKidPass(familyId: string, deviceId: string) {
  await db.tabletDevice.updateMany({
    where: { id: deviceId, familyId },
    data: { kidPassKidId: null, kidPassPinVersion: null, kidPassUntil: null },
  });
}

export type PinCheck =
  { ok: true; pinVersion: number } | { ok: false; lockedUntil: Date | null; attemptsLeft: number };

type ReservedPin = {
  pinHash: string;
  pinFailedAttempts: number;
  pinLockedUntil: Date | null;
  pinVersion: number;
};

/**
 * Checks a kid's PIN; the 5th wrong one in a row locks the kid for 15 minutes (SECURITY.md 9, 9a).
 * Like every secret check (lib/auth/attempts.ts), the attempt is counted first, in one statement
 * that refuses a locked kid and sets the lock on the 5th attempt; only a counted attempt has its
 * PIN checked, so 300 PINs sent at once get at most 5 checks. A right PIN clears the count and the
 * lock with constants, never with a state read earlier.
 */
export async function checkKidPin(
  familyId: string,
  kidId: string,
  pin: string,
  now = new Date(),
): Promise<PinCheck> {
  const lockEnds = new Date(now.getTime() + PIN_LOCK_MS);
  // Within SET, columns are the row's old values; a row reaches SET only when it is not locked,
  // so an old lock is either absent or over (and then the count starts again).
  const [reserved] = await db.$queryRaw<ReservedPin[]>`
    UPDATE family_members SET
      "pinFailedAttempts" = CASE WHEN "pinLockedUntil" IS NOT NULL THEN 1
                                 ELSE "pinFailedAttempts" + 1 END,
      "pinLockedUntil" = CASE WHEN (CASE WHEN "pinLockedUntil" IS NOT NULL THEN 1
                                         ELSE "pinFailedAttempts" + 1 END) >= ${PIN_MAX_ATTEMPTS}
                              THEN ${lockEnds}::timestamp(3) ELSE NULL END
    WHERE "id" = ${kidId}::uuid AND "familyId" = ${familyId}::uuid AND "role" = 'CHILD'
      AND "archivedAt" IS NULL AND "pinHash" IS NOT NULL
      AND ("pinLockedUntil" IS NULL OR "pinLockedUntil" <= ${now})
    RETURNING "pinHash", "pinFailedAttempts", "pinLockedUntil", "pinVersion"`;
  if (!reserved) {
    // Not counted: no such kid, no PIN to ask, or locked. This read only answers; it writes nothing.
    const kid = await db.familyMember.findFirst({
      where: { id: kidId, familyId, role: "CHILD", archivedAt: null },
      select: { pinHash: true, pinLockedUntil: true, pinVersion: true },
    });
    if (!kid) throw new NotFoundError("That kid");
    if (!kid.pinHash) return { ok: true, pinVersion: kid.pinVersion };
    return { ok: false, lockedUntil: kid.pinLockedUntil ?? lockEnds, attemptsLeft: 0 };
  }
  if (await verifyPassword(reserved.pinHash, pin)) {
    await db.familyMember.updateMany({
      where: { id: kidId, familyId },
      data: { pinFailedAttempts: 0, pinLockedUntil: null },
    });
    return { ok: true, pinVersion: reserved.pinVersion };
  }
  return {
    ok: false,
    lockedUntil: reserved.pinLockedUntil,
    attemptsLeft: reserved.pinLockedUntil ? 0 : PIN_MAX_ATTEMPTS - reserved.pinFailedAttempts,
  };
}
