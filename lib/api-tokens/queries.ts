import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { newApiToken, TOKEN_CHANNEL, tokenExpiry, type TokenScope } from "@/lib/api-tokens/rules";

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

/** What a parent may see of a token: never its hash. */
const shownFields = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
} as const;

export async function listApiTokens(familyId: string) {
  return db.apiToken.findMany({
    where: { familyId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { ...shownFields, revokedAt: true, createdBy: { select: { displayName: true } } },
  });
}

/** One token of this family, as `GET /api/v1/token` shows it (never the hash). */
export async function apiTokenById(familyId: string, tokenId: string) {
  const row = await db.apiToken.findFirst({
    where: { id: tokenId, familyId },
    select: shownFields,
  });
  if (!row) throw new NotFoundError("That token");
  return row;
}

export async function revokeApiToken(familyId: string, tokenId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, familyId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) {
      const exists = await tx.apiToken.count({ where: { id: tokenId, familyId } });
      if (!exists) throw new NotFoundError("That token");
      return;
    }
    // Delivered to every app instance at commit: their cached copy of the token goes at once.
    await tx.$executeRaw`SELECT pg_notify(${TOKEN_CHANNEL}, ${`token:${tokenId}`})`;
  });
}

export type TokenCaller = {
  id: string;
  familyId: string;
  createdById: string;
  scope: TokenScope;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  timeZone: string;
  dayStartMinute: number;
};

/**
 * The API's authentication lookup: one indexed statement that also brings the family's calendar,
 * so a token-authenticated request needs no second query to know "today". (Prisma's relation
 * select would be two statements; this is on every API request.)
 */
export async function findApiToken(tokenHash: string): Promise<TokenCaller | null> {
  const rows = await db.$queryRaw<TokenCaller[]>`
    SELECT t.id, t."familyId", t."createdById", t.scope::text AS scope, t."expiresAt", t."revokedAt",
           t."lastUsedAt", f."timeZone", f."dayStartMinute"
    FROM api_tokens t JOIN families f ON f.id = t."familyId"
    WHERE t."tokenHash" = ${tokenHash}`;
  return rows[0] ?? null;
}

/** Written at most once a minute per token (see LAST_USED_RESOLUTION_MS). */
export async function touchApiToken(tokenId: string, now = new Date()) {
  await db.apiToken.updateMany({ where: { id: tokenId }, data: { lastUsedAt: now } });
}
