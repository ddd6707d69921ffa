/*
  Warnings:

  - A unique constraint covering the columns `[userId]` on the table `family_members` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "family_members_familyId_userId_key";

-- DropIndex
DROP INDEX "family_members_userId_idx";

-- CreateTable
CREATE TABLE "family_invites" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedByUserId" UUID,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "family_invites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "family_invites_tokenHash_key" ON "family_invites"("tokenHash");

-- CreateIndex
CREATE INDEX "family_invites_familyId_createdAt_idx" ON "family_invites"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "family_invites_createdById_familyId_idx" ON "family_invites"("createdById", "familyId");

-- CreateIndex
CREATE INDEX "family_invites_acceptedByUserId_idx" ON "family_invites"("acceptedByUserId");

-- CreateIndex
CREATE INDEX "login_throttles_windowStartedAt_idx" ON "login_throttles"("windowStartedAt");

-- CreateIndex
CREATE UNIQUE INDEX "family_members_userId_key" ON "family_members"("userId");

-- AddForeignKey
ALTER TABLE "family_invites" ADD CONSTRAINT "family_invites_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_invites" ADD CONSTRAINT "family_invites_createdById_familyId_fkey" FOREIGN KEY ("createdById", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_invites" ADD CONSTRAINT "family_invites_acceptedByUserId_fkey" FOREIGN KEY ("acceptedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
