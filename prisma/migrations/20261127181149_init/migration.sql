-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('PARENT', 'CHILD');

-- CreateEnum
CREATE TYPE "HabitCadence" AS ENUM ('DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "HabitPauseKind" AS ENUM ('PAUSE', 'EXCUSED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "families" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "dayStartMinute" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "families_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_members" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "role" "MemberRole" NOT NULL,
    "userId" UUID,
    "displayName" TEXT NOT NULL,
    "avatarEmoji" TEXT NOT NULL,
    "avatarColor" TEXT NOT NULL,
    "pinHash" TEXT,
    "pinFailedAttempts" INTEGER NOT NULL DEFAULT 0,
    "pinLockedUntil" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "family_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routines" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "icon" TEXT NOT NULL,
    "weekdays" INTEGER[],
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routine_assignments" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "routineId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routine_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routine_versions" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "routineId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routine_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routine_cards" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "lineageId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "pictureEmoji" TEXT NOT NULL,
    "durationSeconds" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routine_cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routine_items" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "cardId" UUID NOT NULL,
    "lineageId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routine_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_checks" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientEventId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "item_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routine_completions" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "routineId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routine_completions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "habits" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "icon" TEXT NOT NULL,
    "cadence" "HabitCadence" NOT NULL,
    "weekdays" INTEGER[],
    "timesPerWeek" INTEGER,
    "startDate" DATE NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "habits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "habit_logs" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "habitId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT,
    "clientEventId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "habit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "habit_streaks" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "habitId" UUID NOT NULL,
    "current" INTEGER NOT NULL DEFAULT 0,
    "longest" INTEGER NOT NULL DEFAULT 0,
    "computedFor" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "habit_streaks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "habit_pauses" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "habitId" UUID,
    "memberId" UUID,
    "kind" "HabitPauseKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "habit_pauses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "family_members_familyId_archivedAt_idx" ON "family_members"("familyId", "archivedAt");

-- CreateIndex
CREATE INDEX "family_members_userId_idx" ON "family_members"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "family_members_id_familyId_key" ON "family_members"("id", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "family_members_familyId_userId_key" ON "family_members"("familyId", "userId");

-- CreateIndex
CREATE INDEX "routines_familyId_archivedAt_idx" ON "routines"("familyId", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "routines_id_familyId_key" ON "routines"("id", "familyId");

-- CreateIndex
CREATE INDEX "routine_assignments_familyId_idx" ON "routine_assignments"("familyId");

-- CreateIndex
CREATE INDEX "routine_assignments_memberId_familyId_idx" ON "routine_assignments"("memberId", "familyId");

-- CreateIndex
CREATE INDEX "routine_assignments_routineId_familyId_idx" ON "routine_assignments"("routineId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "routine_assignments_routineId_memberId_key" ON "routine_assignments"("routineId", "memberId");

-- CreateIndex
CREATE INDEX "routine_versions_familyId_idx" ON "routine_versions"("familyId");

-- CreateIndex
CREATE INDEX "routine_versions_routineId_familyId_idx" ON "routine_versions"("routineId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "routine_versions_routineId_number_key" ON "routine_versions"("routineId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "routine_versions_id_familyId_key" ON "routine_versions"("id", "familyId");

-- CreateIndex
CREATE INDEX "routine_cards_familyId_idx" ON "routine_cards"("familyId");

-- CreateIndex
CREATE INDEX "routine_cards_versionId_familyId_position_idx" ON "routine_cards"("versionId", "familyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "routine_cards_id_familyId_key" ON "routine_cards"("id", "familyId");

-- CreateIndex
CREATE INDEX "routine_items_familyId_idx" ON "routine_items"("familyId");

-- CreateIndex
CREATE INDEX "routine_items_cardId_familyId_position_idx" ON "routine_items"("cardId", "familyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "routine_items_id_familyId_key" ON "routine_items"("id", "familyId");

-- CreateIndex
CREATE INDEX "item_checks_familyId_idx" ON "item_checks"("familyId");

-- CreateIndex
CREATE INDEX "item_checks_memberId_familyId_localDate_idx" ON "item_checks"("memberId", "familyId", "localDate");

-- CreateIndex
CREATE INDEX "item_checks_itemId_familyId_idx" ON "item_checks"("itemId", "familyId");

-- CreateIndex
CREATE INDEX "item_checks_versionId_familyId_idx" ON "item_checks"("versionId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "item_checks_memberId_itemId_localDate_key" ON "item_checks"("memberId", "itemId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "item_checks_familyId_clientEventId_key" ON "item_checks"("familyId", "clientEventId");

-- CreateIndex
CREATE INDEX "routine_completions_familyId_localDate_idx" ON "routine_completions"("familyId", "localDate");

-- CreateIndex
CREATE INDEX "routine_completions_memberId_familyId_idx" ON "routine_completions"("memberId", "familyId");

-- CreateIndex
CREATE INDEX "routine_completions_routineId_familyId_idx" ON "routine_completions"("routineId", "familyId");

-- CreateIndex
CREATE INDEX "routine_completions_versionId_familyId_idx" ON "routine_completions"("versionId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "routine_completions_memberId_routineId_localDate_key" ON "routine_completions"("memberId", "routineId", "localDate");

-- CreateIndex
CREATE INDEX "habits_familyId_archivedAt_idx" ON "habits"("familyId", "archivedAt");

-- CreateIndex
CREATE INDEX "habits_memberId_familyId_idx" ON "habits"("memberId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "habits_id_familyId_key" ON "habits"("id", "familyId");

-- CreateIndex
CREATE INDEX "habit_logs_familyId_idx" ON "habit_logs"("familyId");

-- CreateIndex
CREATE INDEX "habit_logs_habitId_familyId_localDate_idx" ON "habit_logs"("habitId", "familyId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "habit_logs_habitId_localDate_key" ON "habit_logs"("habitId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "habit_logs_familyId_clientEventId_key" ON "habit_logs"("familyId", "clientEventId");

-- CreateIndex
CREATE INDEX "habit_streaks_familyId_idx" ON "habit_streaks"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "habit_streaks_habitId_familyId_key" ON "habit_streaks"("habitId", "familyId");

-- CreateIndex
CREATE INDEX "habit_pauses_familyId_idx" ON "habit_pauses"("familyId");

-- CreateIndex
CREATE INDEX "habit_pauses_habitId_familyId_startDate_idx" ON "habit_pauses"("habitId", "familyId", "startDate");

-- CreateIndex
CREATE INDEX "habit_pauses_memberId_familyId_startDate_idx" ON "habit_pauses"("memberId", "familyId", "startDate");

-- AddForeignKey
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routines" ADD CONSTRAINT "routines_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_assignments" ADD CONSTRAINT "routine_assignments_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_assignments" ADD CONSTRAINT "routine_assignments_routineId_familyId_fkey" FOREIGN KEY ("routineId", "familyId") REFERENCES "routines"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_assignments" ADD CONSTRAINT "routine_assignments_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_versions" ADD CONSTRAINT "routine_versions_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_versions" ADD CONSTRAINT "routine_versions_routineId_familyId_fkey" FOREIGN KEY ("routineId", "familyId") REFERENCES "routines"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_cards" ADD CONSTRAINT "routine_cards_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_cards" ADD CONSTRAINT "routine_cards_versionId_familyId_fkey" FOREIGN KEY ("versionId", "familyId") REFERENCES "routine_versions"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_items" ADD CONSTRAINT "routine_items_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_items" ADD CONSTRAINT "routine_items_cardId_familyId_fkey" FOREIGN KEY ("cardId", "familyId") REFERENCES "routine_cards"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_checks" ADD CONSTRAINT "item_checks_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_checks" ADD CONSTRAINT "item_checks_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_checks" ADD CONSTRAINT "item_checks_itemId_familyId_fkey" FOREIGN KEY ("itemId", "familyId") REFERENCES "routine_items"("id", "familyId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_checks" ADD CONSTRAINT "item_checks_versionId_familyId_fkey" FOREIGN KEY ("versionId", "familyId") REFERENCES "routine_versions"("id", "familyId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_completions" ADD CONSTRAINT "routine_completions_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_completions" ADD CONSTRAINT "routine_completions_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_completions" ADD CONSTRAINT "routine_completions_routineId_familyId_fkey" FOREIGN KEY ("routineId", "familyId") REFERENCES "routines"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_completions" ADD CONSTRAINT "routine_completions_versionId_familyId_fkey" FOREIGN KEY ("versionId", "familyId") REFERENCES "routine_versions"("id", "familyId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habits" ADD CONSTRAINT "habits_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habits" ADD CONSTRAINT "habits_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_logs" ADD CONSTRAINT "habit_logs_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_logs" ADD CONSTRAINT "habit_logs_habitId_familyId_fkey" FOREIGN KEY ("habitId", "familyId") REFERENCES "habits"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_streaks" ADD CONSTRAINT "habit_streaks_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_streaks" ADD CONSTRAINT "habit_streaks_habitId_familyId_fkey" FOREIGN KEY ("habitId", "familyId") REFERENCES "habits"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_pauses" ADD CONSTRAINT "habit_pauses_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_pauses" ADD CONSTRAINT "habit_pauses_habitId_familyId_fkey" FOREIGN KEY ("habitId", "familyId") REFERENCES "habits"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habit_pauses" ADD CONSTRAINT "habit_pauses_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants Prisma's schema language cannot express. Kept as CHECK constraints so that no code
-- path (a script, a future bug, a hand-written SQL fix) can store a row the domain forbids.

-- Emails are stored normalised, which makes the unique index case-insensitive in effect.
ALTER TABLE "users" ADD CONSTRAINT "users_email_normalised" CHECK ("email" = lower(btrim("email")));

ALTER TABLE "families" ADD CONSTRAINT "families_day_start_minute" CHECK ("dayStartMinute" BETWEEN 0 AND 1439);

-- Parents are logins, kids have no user (so no email and no password).
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_role_user" CHECK (
  ("role" = 'PARENT' AND "userId" IS NOT NULL) OR ("role" = 'CHILD' AND "userId" IS NULL)
);
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_pin_only_for_kids" CHECK ("pinHash" IS NULL OR "role" = 'CHILD');

ALTER TABLE "routines" ADD CONSTRAINT "routines_window" CHECK (
  "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute"
);
ALTER TABLE "routines" ADD CONSTRAINT "routines_weekdays" CHECK (
  cardinality("weekdays") >= 1 AND "weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]
);
ALTER TABLE "routine_versions" ADD CONSTRAINT "routine_versions_number" CHECK ("number" >= 1);
ALTER TABLE "routine_cards" ADD CONSTRAINT "routine_cards_duration" CHECK (
  "durationSeconds" IS NULL OR "durationSeconds" BETWEEN 0 AND 3600
);

ALTER TABLE "habits" ADD CONSTRAINT "habits_cadence" CHECK (
  ("cadence" = 'DAILY' AND "timesPerWeek" IS NULL AND cardinality("weekdays") >= 1
     AND "weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7])
  OR ("cadence" = 'WEEKLY' AND "timesPerWeek" BETWEEN 1 AND 7)
);
ALTER TABLE "habit_logs" ADD CONSTRAINT "habit_logs_count" CHECK ("count" >= 1);
ALTER TABLE "habit_streaks" ADD CONSTRAINT "habit_streaks_values" CHECK ("current" >= 0 AND "longest" >= "current");
ALTER TABLE "habit_pauses" ADD CONSTRAINT "habit_pauses_target" CHECK (("habitId" IS NULL) <> ("memberId" IS NULL));
ALTER TABLE "habit_pauses" ADD CONSTRAINT "habit_pauses_range" CHECK (
  "startDate" <= "endDate" AND ("kind" = 'PAUSE' OR "startDate" = "endDate")
);
