import "server-only";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { TOKEN_CHANNEL } from "@/lib/api-tokens/rules";
import type { KidLook } from "@/lib/families/kid-look";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { refreshWeeklyStreaks } from "@/lib/habits/streaks";
import { restartAllowance } from "@/lib/money/allowance";
import { localDateAt } from "@/lib/time/rules";

// Every function takes the family id from the caller's session and puts it in the `where`.
// A row of another family is "not found", exactly like a row that does not exist.

const memberFields = {
  id: true,
  role: true,
  displayName: true,
  avatarEmoji: true,
  avatarColor: true,
  readingLevel: true,
  cardSize: true,
  readSteps: true,
  timerSound: true,
  language: true,
  archivedAt: true,
  createdAt: true,
  user: { select: { email: true } },
  // Whether a PIN is set, never the hash itself.
  pinHash: true,
} as const;

export type MemberView = {
  id: string;
  role: "PARENT" | "CHILD";
  displayName: string;
  avatarEmoji: string;
  avatarColor: string;
  archived: boolean;
  hasPin: boolean;
  email: string | null;
  /** How the kid's day looks on the tablet; null for a parent. */
  look: KidLook | null;
  /** The kid's tablet language, or null for the tablet's own (always null for a parent). */
  language: Locale | null;
};

function toMemberView(
  row: KidLook & {
    id: string;
    role: "PARENT" | "CHILD";
    displayName: string;
    avatarEmoji: string;
    avatarColor: string;
    archivedAt: Date | null;
    pinHash: string | null;
    language: string | null;
    user: { email: string } | null;
  },
): MemberView {
  return {
    id: row.id,
    role: row.role,
    displayName: row.displayName,
    avatarEmoji: row.avatarEmoji,
    avatarColor: row.avatarColor,
    archived: row.archivedAt !== null,
    hasPin: row.pinHash !== null,
    email: row.user?.email ?? null,
    look:
      row.role === "CHILD"
        ? {
            readingLevel: row.readingLevel,
            cardSize: row.cardSize,
            readSteps: row.readSteps,
            timerSound: row.timerSound,
          }
        : null,
    language: row.role === "CHILD" && isLocale(row.language) ? row.language : null,
  };
}

export async function getFamily(familyId: string) {
  const family = await db.family.findUnique({
    where: { id: familyId },
    select: {
      id: true,
      name: true,
      timeZone: true,
      dayStartMinute: true,
      weekStart: true,
      clock: true,
      currency: true,
      exchangePoints: true,
      exchangeMinor: true,
    },
  });
  if (!family) throw new NotFoundError("Your family");
  return family;
}

/** The family and its "today" (in its zone, from its day start): what most actions need first. */
export async function familyToday(familyId: string) {
  const family = await getFamily(familyId);
  return { family, today: localDateAt(new Date(), family.timeZone, family.dayStartMinute) };
}

export async function listMembers(familyId: string, options: { includeArchived?: boolean } = {}) {
  const rows = await db.familyMember.findMany({
    where: { familyId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    select: memberFields,
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
  });
  return rows.map(toMemberView);
}

/** One member of this family, archived or not; another family's id is not found. */
export async function getMember(familyId: string, memberId: string): Promise<MemberView> {
  const row = await db.familyMember.findFirst({
    where: { id: memberId, familyId },
    select: memberFields,
  });
  if (!row) throw new NotFoundError("That family member");
  return toMemberView(row);
}

/** Onboarding: the family and its first parent, together or not at all. */
export async function createFamilyWithParent(input: {
  userId: string;
  parentName: string;
  name: string;
  timeZone: string;
  dayStartMinute: number;
}) {
  try {
    return await db.$transaction(async (tx) => {
      const family = await tx.family.create({
        data: { name: input.name, timeZone: input.timeZone, dayStartMinute: input.dayStartMinute },
        select: { id: true },
      });
      await tx.familyMember.create({
        data: {
          familyId: family.id,
          role: "PARENT",
          userId: input.userId,
          displayName: input.parentName.split(" ")[0] || input.parentName,
          avatarEmoji: "🧑",
          avatarColor: "#1d4ed8",
        },
      });
      return family;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("You already belong to a family.");
    throw error;
  }
}

export async function updateFamilySettings(
  familyId: string,
  input: {
    name: string;
    timeZone: string;
    dayStartMinute: number;
    weekStart?: number;
    clock?: "H24" | "H12";
  },
) {
  await db.$transaction(async (tx) => {
    const before = await tx.family.findUniqueOrThrow({
      where: { id: familyId },
      select: { weekStart: true },
    });
    const family = await tx.family.update({
      where: { id: familyId },
      data: input,
      select: { weekStart: true, timeZone: true, dayStartMinute: true },
    });
    // API tokens cached by app instances carry the family's calendar: they must re-read it.
    await tx.$executeRaw`SELECT pg_notify(${TOKEN_CHANNEL}, ${`family:${familyId}`})`;
    if (family.weekStart !== before.weekStart)
      await refreshWeeklyStreaks(
        tx,
        familyId,
        localDateAt(new Date(), family.timeZone, family.dayStartMinute),
      );
  });
}

export async function addKid(
  familyId: string,
  input: {
    displayName: string;
    avatarEmoji: string;
    avatarColor: string;
    pinHash?: string;
    look?: Partial<KidLook>;
  },
) {
  const { look, ...fields } = input;
  return db.familyMember.create({
    data: { familyId, role: "CHILD", ...fields, ...look },
    select: { id: true },
  });
}

/** Updates one kid of this family; another family's kid (or a parent) is not found. */
async function updateKidRow(
  familyId: string,
  kidId: string,
  data: Prisma.FamilyMemberUpdateManyMutationInput,
) {
  const { count } = await db.familyMember.updateMany({
    where: { id: kidId, familyId, role: "CHILD" },
    data,
  });
  if (count === 0) throw new NotFoundError("That kid");
}

export const updateKid = (
  familyId: string,
  kidId: string,
  input: { displayName: string; avatarEmoji: string; avatarColor: string },
) => updateKidRow(familyId, kidId, input);

export const updateKidLook = (
  familyId: string,
  kidId: string,
  look: KidLook & { language?: Locale | null },
) => updateKidRow(familyId, kidId, look);

export async function setKidArchived(familyId: string, kidId: string, archived: boolean) {
  await updateKidRow(familyId, kidId, { archivedAt: archived ? new Date() : null });
  if (!archived) await restartAllowance(familyId, kidId);
}

/** A new PIN (or none) ends every tablet pass granted for the old one (its pinVersion). */
export const setKidPinHash = (familyId: string, kidId: string, pinHash: string | null) =>
  updateKidRow(familyId, kidId, {
    pinHash,
    pinFailedAttempts: 0,
    pinLockedUntil: null,
    pinVersion: { increment: 1 },
  });

/** The API's member list: one page in creation order (see lib/api/pagination.ts). */
export async function listMembersPage(
  familyId: string,
  options: { includeArchived: boolean; limit: number; after: Prisma.FamilyMemberWhereInput },
) {
  const rows = await db.familyMember.findMany({
    where: {
      familyId,
      ...(options.includeArchived ? {} : { archivedAt: null }),
      ...options.after,
    },
    select: memberFields,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit + 1,
  });
  return rows.map((row) => ({ ...toMemberView(row), createdAt: row.createdAt }));
}
