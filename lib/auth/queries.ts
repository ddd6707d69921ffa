import "server-only";
import { db } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";

/** What a session knows about its user: never the password hash. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  sessionVersion: number;
  /** The UI language the user chose, or null to follow the browser (issue 18). */
  locale: string | null;
  membership: { memberId: string; familyId: string; role: MemberRole } | null;
};

export async function findSessionUser(userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      sessionVersion: true,
      locale: true,
      memberships: {
        where: { archivedAt: null },
        select: { id: true, familyId: true, role: true },
        take: 1,
      },
    },
  });
  if (!user) return null;
  const member = user.memberships[0];
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    sessionVersion: user.sessionVersion,
    locale: user.locale,
    membership: member
      ? { memberId: member.id, familyId: member.familyId, role: member.role }
      : null,
  };
}

/** For password checks only; the hash never leaves lib/auth. */
export async function findCredentials(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
}

export async function findPasswordHash(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user?.passwordHash ?? null;
}

export async function createUser(input: { name: string; email: string; passwordHash: string }) {
  return db.user.create({ data: input, select: { id: true, sessionVersion: true } });
}

export async function updateUserName(userId: string, name: string) {
  await db.user.update({ where: { id: userId }, data: { name }, select: { id: true } });
}

/** null: follow the browser's languages again. */
export async function updateUserLocale(userId: string, locale: Locale | null) {
  await db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

export async function updateUserEmail(userId: string, email: string) {
  await db.user.update({ where: { id: userId }, data: { email }, select: { id: true } });
}

/** Ends every session of the user: their cookies carry the old version. Returns the new one. */
export async function bumpSessionVersion(userId: string, passwordHash?: string): Promise<number> {
  const user = await db.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 }, ...(passwordHash ? { passwordHash } : {}) },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}
