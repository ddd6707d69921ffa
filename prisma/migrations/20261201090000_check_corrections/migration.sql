-- Parents correct a kid's checks for today or the last week (issue 17); each change leaves an
-- audit line: who, when, which item, added or removed.
-- CreateEnum
CREATE TYPE "CorrectionAction" AS ENUM ('ADDED', 'REMOVED');

-- CreateTable
CREATE TABLE "check_corrections" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "action" "CorrectionAction" NOT NULL,
    "byMemberId" UUID NOT NULL,
    "itemLabel" TEXT NOT NULL,
    "routineName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "check_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "check_corrections_familyId_idx" ON "check_corrections"("familyId");

-- CreateIndex
CREATE INDEX "check_corrections_memberId_familyId_localDate_idx" ON "check_corrections"("memberId", "familyId", "localDate");

-- CreateIndex
CREATE INDEX "check_corrections_byMemberId_familyId_idx" ON "check_corrections"("byMemberId", "familyId");

-- AddForeignKey
ALTER TABLE "check_corrections" ADD CONSTRAINT "check_corrections_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_corrections" ADD CONSTRAINT "check_corrections_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_corrections" ADD CONSTRAINT "check_corrections_byMemberId_familyId_fkey" FOREIGN KEY ("byMemberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

