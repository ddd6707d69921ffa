// Seed factories for integration and e2e tests. Every call makes new, unique rows (random suffixes,
// fresh ids), so tests share one database, run in parallel and never depend on order.
import { randomUUID } from "node:crypto";
import { newApiToken, tokenExpiry, type TokenScope } from "@/lib/api-tokens/rules";
import { hashPassword } from "@/lib/auth/password";
import { newSecretToken } from "@/lib/auth/tokens";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toDbDate, type LocalDate } from "@/lib/time/rules";

export const TEST_PASSWORD = "correct-horse-battery-staple";

const unique = () => randomUUID().slice(0, 8);

// Hashing costs ~50 ms; one hash serves every test user.
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export async function createFamily(
  db: PrismaClient,
  overrides: { name?: string; timeZone?: string; dayStartMinute?: number } = {},
) {
  return db.family.create({
    data: {
      name: overrides.name ?? `Test family ${unique()}`,
      timeZone: overrides.timeZone ?? "Europe/Stockholm",
      dayStartMinute: overrides.dayStartMinute ?? 0,
    },
  });
}

export async function createParent(
  db: PrismaClient,
  familyId: string,
  overrides: { name?: string; email?: string } = {},
) {
  const suffix = unique();
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `parent-${suffix}@example.test`,
      name: overrides.name ?? `Parent ${suffix}`,
      passwordHash: await testPasswordHash(),
    },
  });
  const member = await db.familyMember.create({
    data: {
      familyId,
      role: "PARENT",
      userId: user.id,
      displayName: user.name,
      avatarEmoji: "🧑",
      avatarColor: "#1d4ed8",
    },
  });
  return { user, member };
}

export async function createKid(
  db: PrismaClient,
  familyId: string,
  overrides: { displayName?: string; avatarEmoji?: string; pinHash?: string | null } = {},
) {
  return db.familyMember.create({
    data: {
      familyId,
      role: "CHILD",
      displayName: overrides.displayName ?? `Kid ${unique()}`,
      avatarEmoji: overrides.avatarEmoji ?? "🦊",
      avatarColor: "#c2410c",
      pinHash: overrides.pinHash ?? null,
    },
  });
}

/**
 * A routine with one version of `cards` (each a list of item labels), assigned to `kidIds`. Its
 * version was made `createdAt`, by default 30 days ago: a routine the family already had, so
 * back-filled checks of the last days are allowed (checks follow the day view: lib/checks/rules.ts).
 */
export async function createRoutine(
  db: PrismaClient,
  familyId: string,
  options: {
    kidIds?: string[];
    name?: string;
    weekdays?: number[];
    startMinute?: number;
    endMinute?: number;
    cards?: string[][];
    createdAt?: Date;
  } = {},
) {
  const cards = options.cards ?? [["Brush teeth"], ["Clothes on", "Socks on"]];
  const routine = await db.routine.create({
    data: {
      familyId,
      name: options.name ?? `Routine ${unique()}`,
      icon: "🌅",
      weekdays: options.weekdays ?? [1, 2, 3, 4, 5, 6, 7],
      startMinute: options.startMinute ?? 7 * 60,
      endMinute: options.endMinute ?? 8 * 60,
    },
  });
  await db.routineAssignment.createMany({
    data: (options.kidIds ?? []).map((memberId) => ({ familyId, routineId: routine.id, memberId })),
  });
  const version = await db.routineVersion.create({
    data: {
      familyId,
      routineId: routine.id,
      number: 1,
      createdAt: options.createdAt ?? new Date(Date.now() - 30 * 24 * 60 * 60_000),
    },
  });
  const items: { id: string; cardId: string; label: string }[] = [];
  for (const [position, labels] of cards.entries()) {
    const card = await db.routineCard.create({
      data: {
        familyId,
        versionId: version.id,
        position,
        title: `Card ${position + 1}`,
        pictureEmoji: "⭐",
      },
    });
    for (const [itemPosition, label] of labels.entries()) {
      const item = await db.routineItem.create({
        data: { familyId, cardId: card.id, position: itemPosition, label },
      });
      items.push({ id: item.id, cardId: card.id, label });
    }
  }
  return { routine, version, items };
}

export async function createHabit(
  db: PrismaClient,
  familyId: string,
  memberId: string,
  options: { weekdays?: number[]; timesPerWeek?: number; startDate?: LocalDate } = {},
) {
  const weekly = options.timesPerWeek !== undefined;
  return db.habit.create({
    data: {
      familyId,
      memberId,
      name: `Habit ${unique()}`,
      icon: "📚",
      cadence: weekly ? "WEEKLY" : "DAILY",
      weekdays: weekly ? [] : (options.weekdays ?? [1, 2, 3, 4, 5, 6, 7]),
      timesPerWeek: weekly ? options.timesPerWeek! : null,
      startDate: toDbDate(options.startDate ?? "2026-01-01"),
    },
  });
}

/** An API token row, as a parent creating one in settings would leave it. */
export async function createApiTokenRow(
  db: PrismaClient,
  familyId: string,
  createdById: string,
  scope: TokenScope,
  options: { expiresInDays?: number | null; name?: string } = {},
) {
  const { token, tokenHash, prefix } = newApiToken();
  const row = await db.apiToken.create({
    data: {
      familyId,
      createdById,
      scope,
      name: options.name ?? `Script ${prefix}`,
      prefix,
      tokenHash,
      expiresAt: tokenExpiry(options.expiresInDays ?? null, new Date()),
    },
    select: { id: true },
  });
  return { id: row.id, token };
}

/** A family tablet row, as a parent enabling one on the Family page would leave it. */
export async function createTabletRow(
  db: PrismaClient,
  familyId: string,
  createdById: string,
  name = `Tablet ${unique()}`,
) {
  const { token, tokenHash } = newSecretToken();
  const row = await db.tabletDevice.create({
    data: { familyId, createdById, name, tokenHash },
    select: { id: true },
  });
  return { id: row.id, token };
}
