-- Issue 19: secret addresses that check an item or log a habit for a kid (a button, an NFC tag).
-- CreateTable
CREATE TABLE "trigger_links" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "kidId" UUID NOT NULL,
    "routineId" UUID,
    "itemLineageId" UUID,
    "habitId" UUID,
    "label" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "trigger_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "trigger_links_tokenHash_key" ON "trigger_links"("tokenHash");

-- CreateIndex
CREATE INDEX "trigger_links_familyId_idx" ON "trigger_links"("familyId");

-- AddForeignKey
ALTER TABLE "trigger_links" ADD CONSTRAINT "trigger_links_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Either an item (its routine and lineage) or a habit, never both, never neither.
ALTER TABLE "trigger_links" ADD CONSTRAINT "trigger_links_one_target" CHECK (
  ("habitId" IS NULL AND "routineId" IS NOT NULL AND "itemLineageId" IS NOT NULL)
  OR ("habitId" IS NOT NULL AND "routineId" IS NULL AND "itemLineageId" IS NULL)
);
