import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { hashApiToken, newApiToken, tokenExpiry, type TokenScope } from "@/lib/api-tokens/rules";

export async function createApiToken(
  familyId: string,
  createdById: string,
  input: { name: string; scope: TokenScope; expiresInDays: number | null },
  now = new Date(),
) {
  const { token, tokenHash, prefix } = newApiToken();
  const row = await db.apiToken.create({
    data: {
      familyId,
      createdById,
      name: input.name,
      scope: input.scope,
      prefix,
      tokenHash,
      createdAt: now,
      expiresAt: tokenExpiry(input.expiresInDays, now),
    },
    select: { id: true },
  });
  // The only time the secret exists outside the caller's hands.
  return { id: row.id, token };
}

export async function listApiTokens(familyId: string) {
  return db.apiToken.findMany({
    where: { familyId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { displayName: true } },
    },
  });
}

export async function revokeApiToken(familyId: string, tokenId: string, now = new Date()) {
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, familyId, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) {
    const exists = await db.apiToken.count({ where: { id: tokenId, familyId } });
    if (!exists) throw new NotFoundError("That token");
  }
}

/**
 * The API's authentication lookup: one indexed statement that also brings the family's calendar,
 * so a token-authenticated request needs no second query to know "today".
 */
export async function findApiToken(token: string) {
  return db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      familyId: true,
      createdById: true,
      scope: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      family: { select: { timeZone: true, dayStartMinute: true } },
    },
  });
}

/** Written at most once a minute per token (see LAST_USED_RESOLUTION_MS). */
export async function touchApiToken(tokenId: string, now = new Date()) {
  await db.apiToken.updateMany({ where: { id: tokenId }, data: { lastUsedAt: now } });
}
