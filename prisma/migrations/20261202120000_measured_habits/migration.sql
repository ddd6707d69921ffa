-- Measured habits (issue 21): a habit can count minutes, times, pages, glasses or km, with a goal
-- per due day or per family week. Each amount a kid logs is a row of habit_amounts (its client
-- event id makes a retry add nothing); the day's habit_logs row holds their sum, written in the
-- same transaction (lib/habits/amounts.ts), so streaks, the heatmap and the dashboard read logs.

-- CreateEnum
CREATE TYPE "HabitUnit" AS ENUM ('MINUTES', 'TIMES', 'PAGES', 'GLASSES', 'KM');

-- AlterTable
ALTER TABLE "habits" ADD COLUMN     "target" INTEGER,
ADD COLUMN     "unit" "HabitUnit";

-- CreateTable
CREATE TABLE "habit_amounts" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "habitId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "clientEventId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "habit_amounts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "habit_amounts_habitId_familyId_localDate_idx" ON "habit_amounts"("habitId", "familyId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "habit_amounts_familyId_clientEventId_key" ON "habit_amounts"("familyId", "clientEventId");

-- AddForeignKey
ALTER TABLE "habit_amounts" ADD CONSTRAINT "habit_amounts_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_amounts" ADD CONSTRAINT "habit_amounts_habitId_familyId_fkey" FOREIGN KEY ("habitId", "familyId") REFERENCES "habits"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "habits" ADD CONSTRAINT "habits_measured" CHECK (("unit" IS NULL) = ("target" IS NULL));
ALTER TABLE "habits" ADD CONSTRAINT "habits_target" CHECK ("target" IS NULL OR "target" BETWEEN 1 AND 10000);
ALTER TABLE "habit_amounts" ADD CONSTRAINT "habit_amounts_amount" CHECK ("amount" BETWEEN 1 AND 1000);

-- An undone amount is remembered like an undone check or log, so its retry adds nothing.
ALTER TABLE "undone_events" DROP CONSTRAINT "undone_events_kind";
ALTER TABLE "undone_events" ADD CONSTRAINT "undone_events_kind" CHECK ("kind" IN ('check', 'habit_log', 'habit_amount'));

-- A tablet's amount taps, and their undos, may be refused like any tap (kept for the parents).
ALTER TABLE "tablet_refusals" DROP CONSTRAINT "tablet_refusals_kind";
ALTER TABLE "tablet_refusals" ADD CONSTRAINT "tablet_refusals_kind" CHECK ("kind" IN ('check', 'uncheck', 'habit_log', 'habit_amount', 'habit_amount_undo', 'reward_request'));
