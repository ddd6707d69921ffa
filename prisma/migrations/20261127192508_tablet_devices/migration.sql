-- CreateTable
CREATE TABLE "tablet_devices" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tablet_devices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tablet_devices_tokenHash_key" ON "tablet_devices"("tokenHash");

-- CreateIndex
CREATE INDEX "tablet_devices_familyId_revokedAt_idx" ON "tablet_devices"("familyId", "revokedAt");

-- CreateIndex
CREATE INDEX "tablet_devices_createdById_familyId_idx" ON "tablet_devices"("createdById", "familyId");

-- AddForeignKey
ALTER TABLE "tablet_devices" ADD CONSTRAINT "tablet_devices_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tablet_devices" ADD CONSTRAINT "tablet_devices_createdById_familyId_fkey" FOREIGN KEY ("createdById", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;
