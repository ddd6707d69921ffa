import "server-only";
// Parents manage parents: one removes another. Apart from lib/families/queries.ts (the family,
// its kids and invitations) because it reaches into accounts, sessions and API tokens.
import { TOKEN_CHANNEL } from "@/lib/api-tokens/rules";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";

/**
 * One parent removes another: the membership is archived and detached from the account, whose
 * sessions end (session version), whose API tokens and pending invitations are revoked. The
 * history they made stays under their name. Never the last parent: the family's active parents
 * are locked first, so two parents removing each other at once leave one.
 */
export async function removeParent(familyId: string, byMemberId: string, memberId: string) {
  if (memberId === byMemberId)
    throw new DomainError("You cannot remove yourself. Another parent of the family can.");
  const now = new Date();
  await db.$transaction(async (tx) => {
    const parents = await tx.$queryRaw<{ id: string; userId: string }[]>`
      SELECT "id", "userId" FROM family_members
      WHERE "familyId" = ${familyId}::uuid AND "role" = 'PARENT' AND "archivedAt" IS NULL
        AND "userId" IS NOT NULL
      ORDER BY "id" FOR UPDATE`;
    const target = parents.find((parent) => parent.id === memberId);
    if (!target || !parents.some((parent) => parent.id === byMemberId))
      throw new NotFoundError("That parent");
    if (parents.length < 2) throw new DomainError("A family always keeps at least one parent.");
    await tx.familyMember.update({
      where: { id: memberId },
      data: { archivedAt: now, userId: null },
      select: { id: true },
    });
    await tx.user.update({
      where: { id: target.userId },
      data: { sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await tx.apiToken.updateMany({
      where: { familyId, createdById: memberId, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.familyInvite.updateMany({
      where: { familyId, createdById: memberId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    // Every app instance drops its cached copies of this family's tokens at commit.
    await tx.$executeRaw`SELECT pg_notify(${TOKEN_CHANNEL}, ${`family:${familyId}`})`;
  });
}
