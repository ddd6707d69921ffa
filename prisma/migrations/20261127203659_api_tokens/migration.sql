-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('READ', 'READ_WRITE');

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" "ApiTokenScope" NOT NULL,
    "createdById" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_tokenHash_key" ON "api_tokens"("tokenHash");

-- CreateIndex
CREATE INDEX "api_tokens_familyId_revokedAt_idx" ON "api_tokens"("familyId", "revokedAt");

-- CreateIndex
CREATE INDEX "api_tokens_createdById_familyId_idx" ON "api_tokens"("createdById", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_id_familyId_key" ON "api_tokens"("id", "familyId");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_createdById_familyId_fkey" FOREIGN KEY ("createdById", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Names are short labels for the list, and a token can never be created already expired
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_name_length" CHECK (char_length("name") BETWEEN 1 AND 60);
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_expiry_after_creation" CHECK ("expiresAt" IS NULL OR "expiresAt" > "createdAt");
