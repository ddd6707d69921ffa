import "server-only";
// Co-parent invitations: a secret link a parent shares, valid for a week, used once (only the
// token's hash is kept). Every query is scoped by family, as in lib/families/queries.ts.
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { hashInviteToken, inviteExpiry, inviteStatus, newInviteToken } from "@/lib/families/rules";
import { isUniqueViolation } from "@/lib/prisma-errors";

export async function createInvite(familyId: string, createdById: string, now = new Date()) {
  const { token, tokenHash } = newInviteToken();
  const invite = await db.familyInvite.create({
    data: { familyId, createdById, tokenHash, expiresAt: inviteExpiry(now) },
    select: { id: true, expiresAt: true },
  });
  return { ...invite, token };
}

export async function listInvites(familyId: string, now = new Date()) {
  const rows = await db.familyInvite.findMany({
    where: { familyId },
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdBy: { select: { displayName: true } },
      acceptedBy: { select: { name: true, email: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    createdBy: row.createdBy.displayName,
    acceptedAt: row.acceptedAt,
    // The inviter sees who used the link: a forwarded link cannot give someone unseen access.
    acceptedBy: row.acceptedBy ? { name: row.acceptedBy.name, email: row.acceptedBy.email } : null,
    status: inviteStatus(row, now),
  }));
}

export async function revokeInvite(familyId: string, inviteId: string) {
  const { count } = await db.familyInvite.updateMany({
    where: { id: inviteId, familyId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("That pending invitation");
}

/** What the invite page shows before joining: the family's name, if the link is still good. */
export async function findPendingInvite(token: string, now = new Date()) {
  const invite = await db.familyInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      family: { select: { name: true } },
      createdBy: { select: { displayName: true } },
    },
  });
  if (!invite) return null;
  return {
    status: inviteStatus(invite, now),
    familyName: invite.family.name,
    invitedBy: invite.createdBy.displayName,
  };
}

/**
 * Joins the invite's family as a parent. Single use even when two people click at once: the
 * invite is claimed with a conditional update, and the membership is created in the same
 * transaction.
 */
export async function acceptInvite(
  token: string,
  user: { id: string; name: string },
  now = new Date(),
) {
  try {
    return await db.$transaction(async (tx) => {
      const invite = await tx.familyInvite.findUnique({
        where: { tokenHash: hashInviteToken(token) },
        select: { id: true, familyId: true },
      });
      if (!invite) throw new NotFoundError("That invitation");
      const { count } = await tx.familyInvite.updateMany({
        where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now, acceptedByUserId: user.id },
      });
      if (count === 0)
        throw new DomainError("This invitation was already used, revoked or has expired.");
      await tx.familyMember.create({
        data: {
          familyId: invite.familyId,
          role: "PARENT",
          userId: user.id,
          displayName: user.name.split(" ")[0] || user.name,
          avatarEmoji: "👩",
          avatarColor: "#be185d",
        },
      });
      return { familyId: invite.familyId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("You already belong to a family.");
    throw error;
  }
}
