-- The tablet sends taps it queued (offline or not) in batches (issue 15, lib/tablet/sync.ts):
-- when it last did and how many it still held, for the Family page.
ALTER TABLE "tablet_devices" ADD COLUMN "lastSyncAt" TIMESTAMP(3),
  ADD COLUMN "waitingTaps" INTEGER NOT NULL DEFAULT 0;

-- Taps the server refused when they arrived, kept for parents (never silently dropped).
CREATE TABLE "tablet_refusals" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "kidId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "clientEventId" UUID NOT NULL,
    "happenedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tablet_refusals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tablet_refusals_kind" CHECK ("kind" IN ('check', 'uncheck', 'habit_log', 'reward_request'))
);

CREATE UNIQUE INDEX "tablet_refusals_familyId_clientEventId_key" ON "tablet_refusals"("familyId", "clientEventId");
CREATE INDEX "tablet_refusals_familyId_createdAt_idx" ON "tablet_refusals"("familyId", "createdAt");
CREATE INDEX "tablet_refusals_deviceId_idx" ON "tablet_refusals"("deviceId");

ALTER TABLE "tablet_refusals" ADD CONSTRAINT "tablet_refusals_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tablet_refusals" ADD CONSTRAINT "tablet_refusals_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "tablet_devices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
