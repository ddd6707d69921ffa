-- Issue 20: point corrections, the family's money (an append-only ledger per jar), allowances,
-- savings goals and exchanging stars for money.
-- CreateEnum
CREATE TYPE "Jar" AS ENUM ('SPEND', 'SAVE', 'GIVE');

-- CreateEnum
CREATE TYPE "MoneyKind" AS ENUM ('PAYOUT', 'DEPOSIT', 'WITHDRAWAL', 'MOVE', 'EXCHANGE');

-- CreateEnum
CREATE TYPE "AllowanceRhythm" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('REWARD', 'WISH');

-- AlterEnum

ALTER TYPE "PointsSource" ADD VALUE 'CORRECTION';
ALTER TYPE "PointsSource" ADD VALUE 'EXCHANGE';

-- AlterTable
ALTER TABLE "families" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR',
ADD COLUMN     "exchangeMinor" INTEGER,
ADD COLUMN     "exchangePoints" INTEGER;

-- AlterTable
ALTER TABLE "points_entries" ADD COLUMN     "byId" UUID;

-- CreateTable
CREATE TABLE "money_entries" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "jar" "Jar" NOT NULL,
    "amount" INTEGER NOT NULL,
    "kind" "MoneyKind" NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "byId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "money_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wallets" (
    "memberId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "allowance" INTEGER NOT NULL DEFAULT 0,
    "rhythm" "AllowanceRhythm" NOT NULL DEFAULT 'WEEKLY',
    "weekday" INTEGER NOT NULL DEFAULT 6,
    "monthDay" INTEGER NOT NULL DEFAULT 1,
    "startsOn" DATE NOT NULL,
    "conditionRoutineId" UUID,
    "conditionDays" INTEGER,
    "savePct" INTEGER NOT NULL DEFAULT 0,
    "givePct" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "wallets_pkey" PRIMARY KEY ("memberId")
);

-- CreateTable
CREATE TABLE "allowance_periods" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "payday" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "done" INTEGER,
    "needed" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "allowance_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "savings_goals" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "kind" "GoalKind" NOT NULL,
    "rewardId" UUID,
    "label" TEXT NOT NULL,
    "emoji" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reachedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "savings_goals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "money_entries_memberId_familyId_createdAt_idx" ON "money_entries"("memberId", "familyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "money_entries_familyId_sourceKey_key" ON "money_entries"("familyId", "sourceKey");

-- CreateIndex
CREATE INDEX "wallets_familyId_idx" ON "wallets"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "wallets_memberId_familyId_key" ON "wallets"("memberId", "familyId");

-- CreateIndex
CREATE INDEX "allowance_periods_familyId_idx" ON "allowance_periods"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "allowance_periods_memberId_payday_key" ON "allowance_periods"("memberId", "payday");

-- CreateIndex
CREATE INDEX "savings_goals_familyId_idx" ON "savings_goals"("familyId");

-- CreateIndex
CREATE INDEX "savings_goals_memberId_familyId_idx" ON "savings_goals"("memberId", "familyId");

-- AddForeignKey
ALTER TABLE "money_entries" ADD CONSTRAINT "money_entries_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "money_entries" ADD CONSTRAINT "money_entries_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_periods" ADD CONSTRAINT "allowance_periods_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_periods" ADD CONSTRAINT "allowance_periods_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "savings_goals" ADD CONSTRAINT "savings_goals_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "savings_goals" ADD CONSTRAINT "savings_goals_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;


-- The family's currency is an ISO 4217 code; an exchange rate is both numbers or neither.
ALTER TABLE "families" ADD CONSTRAINT "families_currency" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "families" ADD CONSTRAINT "families_exchange" CHECK (
  ("exchangePoints" IS NULL AND "exchangeMinor" IS NULL)
  OR ("exchangePoints" BETWEEN 1 AND 100000 AND "exchangeMinor" BETWEEN 1 AND 100000000)
);

-- Money moves in whole minor units, never zero, never absurd.
ALTER TABLE "money_entries" ADD CONSTRAINT "money_entries_amount"
  CHECK ("amount" <> 0 AND "amount" BETWEEN -100000000 AND 100000000);

-- A jar never goes below zero, whichever door the entry came through: the kid's entries are
-- serialised (the same advisory lock the app takes first), then the jar's sum is checked with the
-- new entry. Append-only: an entry is never changed (a mistake is corrected by another entry).
CREATE FUNCTION money_jar_not_negative() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_balance bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('money:' || NEW."memberId"::text, 0));
  SELECT COALESCE(SUM("amount"), 0) INTO v_balance FROM "money_entries"
  WHERE "memberId" = NEW."memberId" AND "familyId" = NEW."familyId" AND "jar" = NEW."jar";
  IF v_balance + NEW."amount" < 0 THEN
    RAISE EXCEPTION 'money_jar_negative: % has % in %, % would make it negative',
      NEW."memberId", v_balance, NEW."jar", NEW."amount"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'money_jar_not_negative';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "money_entries_not_negative" BEFORE INSERT ON "money_entries"
  FOR EACH ROW EXECUTE FUNCTION money_jar_not_negative();

CREATE FUNCTION money_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'money_entries are append-only' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "money_entries_no_update" BEFORE UPDATE ON "money_entries"
  FOR EACH ROW EXECUTE FUNCTION money_entries_append_only();

-- A kid's allowance: sane amounts and days, jar shares that fit in 100 %, a condition whole.
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_plan" CHECK (
  "allowance" BETWEEN 0 AND 100000000
  AND "weekday" BETWEEN 1 AND 7 AND "monthDay" BETWEEN 1 AND 28
  AND "savePct" BETWEEN 0 AND 100 AND "givePct" BETWEEN 0 AND 100 AND "savePct" + "givePct" <= 100
  AND (("conditionRoutineId" IS NULL AND "conditionDays" IS NULL)
       OR ("conditionRoutineId" IS NOT NULL AND "conditionDays" BETWEEN 1 AND 31))
);
ALTER TABLE "allowance_periods" ADD CONSTRAINT "allowance_periods_amount" CHECK ("amount" >= 0);

-- A goal has a price; a reward goal names its reward; one goal at a time per kid.
ALTER TABLE "savings_goals" ADD CONSTRAINT "savings_goals_price" CHECK ("price" BETWEEN 1 AND 100000000);
ALTER TABLE "savings_goals" ADD CONSTRAINT "savings_goals_reward" CHECK (("kind" = 'REWARD') = ("rewardId" IS NOT NULL));
CREATE UNIQUE INDEX "savings_goals_one_open" ON "savings_goals"("memberId") WHERE "closedAt" IS NULL;
