-- Issue 19: push notifications for parents (Web Push, RFC 8030/8291/8292).
-- AlterTable
ALTER TABLE "routines" ADD COLUMN     "remindAtEnd" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "vapid_keys" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "publicKey" TEXT NOT NULL,
    "privateKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vapid_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "push_subscriptions" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSuccessAt" TIMESTAMP(3),

    CONSTRAINT "push_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_prefs" (
    "memberId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "rewardRequests" BOOLEAN NOT NULL DEFAULT true,
    "routineReminders" BOOLEAN NOT NULL DEFAULT true,
    "weeklySummary" BOOLEAN NOT NULL DEFAULT true,
    "quietStart" INTEGER,
    "quietEnd" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_prefs_pkey" PRIMARY KEY ("memberId")
);

-- CreateTable
CREATE TABLE "push_notices" (
    "key" TEXT NOT NULL,
    "familyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "push_notices_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "push_subscriptions_endpoint_key" ON "push_subscriptions"("endpoint");

-- CreateIndex
CREATE INDEX "push_subscriptions_familyId_idx" ON "push_subscriptions"("familyId");

-- CreateIndex
CREATE INDEX "push_subscriptions_memberId_familyId_idx" ON "push_subscriptions"("memberId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "push_subscriptions_id_familyId_key" ON "push_subscriptions"("id", "familyId");

-- CreateIndex
CREATE INDEX "notification_prefs_familyId_idx" ON "notification_prefs"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "notification_prefs_memberId_familyId_key" ON "notification_prefs"("memberId", "familyId");

-- CreateIndex
CREATE INDEX "push_notices_familyId_idx" ON "push_notices"("familyId");

-- CreateIndex
CREATE INDEX "push_notices_createdAt_idx" ON "push_notices"("createdAt");

-- AddForeignKey
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_prefs" ADD CONSTRAINT "notification_prefs_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "push_notices" ADD CONSTRAINT "push_notices_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One key pair for the server.
ALTER TABLE "vapid_keys" ADD CONSTRAINT "vapid_keys_one_row" CHECK ("id" = 1);

-- Quiet hours: both ends or neither, each a minute of the day.
ALTER TABLE "notification_prefs" ADD CONSTRAINT "notification_prefs_quiet_hours" CHECK (
  ("quietStart" IS NULL AND "quietEnd" IS NULL)
  OR ("quietStart" BETWEEN 0 AND 1439 AND "quietEnd" BETWEEN 0 AND 1439 AND "quietStart" <> "quietEnd")
);
