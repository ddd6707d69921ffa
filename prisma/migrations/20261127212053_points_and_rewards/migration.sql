-- CreateEnum
CREATE TYPE "PointsSource" AS ENUM ('ROUTINE', 'HABIT', 'REWARD', 'UNDO');

-- CreateEnum
CREATE TYPE "RewardRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DENIED');

-- AlterTable
ALTER TABLE "habits" ADD COLUMN     "points" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "routines" ADD COLUMN     "points" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "points_entries" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "delta" INTEGER NOT NULL,
    "source" "PointsSource" NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "points_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rewards" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "emoji" TEXT NOT NULL,
    "cost" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rewards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reward_requests" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "rewardId" UUID NOT NULL,
    "cost" INTEGER NOT NULL,
    "status" "RewardRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reward_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "points_entries_memberId_familyId_idx" ON "points_entries"("memberId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "points_entries_familyId_sourceKey_key" ON "points_entries"("familyId", "sourceKey");

-- CreateIndex
CREATE INDEX "rewards_familyId_active_idx" ON "rewards"("familyId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "rewards_id_familyId_key" ON "rewards"("id", "familyId");

-- CreateIndex
CREATE INDEX "reward_requests_familyId_status_idx" ON "reward_requests"("familyId", "status");

-- CreateIndex
CREATE INDEX "reward_requests_memberId_familyId_idx" ON "reward_requests"("memberId", "familyId");

-- CreateIndex
CREATE INDEX "reward_requests_rewardId_familyId_idx" ON "reward_requests"("rewardId", "familyId");

-- AddForeignKey
ALTER TABLE "points_entries" ADD CONSTRAINT "points_entries_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "points_entries" ADD CONSTRAINT "points_entries_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_requests" ADD CONSTRAINT "reward_requests_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_requests" ADD CONSTRAINT "reward_requests_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_requests" ADD CONSTRAINT "reward_requests_rewardId_familyId_fkey" FOREIGN KEY ("rewardId", "familyId") REFERENCES "rewards"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_requests" ADD CONSTRAINT "reward_requests_decidedById_familyId_fkey" FOREIGN KEY ("decidedById", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Points are small whole numbers, rewards cost something, names are short labels
ALTER TABLE "routines" ADD CONSTRAINT "routines_points_range" CHECK ("points" BETWEEN 0 AND 1000);
ALTER TABLE "habits" ADD CONSTRAINT "habits_points_range" CHECK ("points" BETWEEN 0 AND 1000);
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_cost_range" CHECK ("cost" BETWEEN 1 AND 100000);
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_name_length" CHECK (char_length("name") BETWEEN 1 AND 60);
ALTER TABLE "reward_requests" ADD CONSTRAINT "reward_requests_cost_range" CHECK ("cost" BETWEEN 1 AND 100000);
ALTER TABLE "reward_requests" ADD CONSTRAINT "reward_requests_decided" CHECK (("status" = 'PENDING') = ("decidedAt" IS NULL));

-- check_item() now also awards the routine's points when a check completes the routine, in the
-- same transaction (see the comments of the check_item_function migration).
CREATE OR REPLACE FUNCTION check_item(
  p_id uuid, p_family uuid, p_member uuid, p_item uuid, p_date date, p_event uuid, p_now timestamp(3)
) RETURNS SETOF integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_check uuid;
  v_version uuid;
  v_completion uuid;
BEGIN
  INSERT INTO item_checks (id, "familyId", "memberId", "itemId", "versionId", "localDate", "clientEventId", "checkedAt", "createdAt", "updatedAt")
  SELECT p_id, i."familyId", a."memberId", i.id, c."versionId", p_date, p_event, p_now, p_now, p_now
  FROM routine_items i
  JOIN routine_cards c ON c.id = i."cardId" AND c."familyId" = i."familyId"
  JOIN routine_versions v ON v.id = c."versionId" AND v."familyId" = c."familyId"
  JOIN routines r ON r.id = v."routineId" AND r."familyId" = v."familyId" AND r."archivedAt" IS NULL
  JOIN routine_assignments a ON a."routineId" = r.id AND a."familyId" = r."familyId" AND a."memberId" = p_member
  WHERE i.id = p_item AND i."familyId" = p_family
  ON CONFLICT DO NOTHING
  RETURNING item_checks.id, item_checks."versionId" INTO v_check, v_version;

  IF v_check IS NULL THEN
    RETURN;
  END IF;

  PERFORM pg_advisory_xact_lock(hashtextextended(p_member::text || v_version::text || p_date::text, 0));
  INSERT INTO routine_completions (id, "familyId", "memberId", "routineId", "versionId", "localDate", "completedAt", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), v."familyId", p_member, v."routineId", v.id, p_date, p_now, p_now, p_now
  FROM routine_versions v
  WHERE v.id = v_version AND v."familyId" = p_family
    AND NOT EXISTS (
      SELECT 1 FROM routine_items i
      JOIN routine_cards c ON c.id = i."cardId" AND c."familyId" = i."familyId"
      WHERE c."versionId" = v.id AND NOT EXISTS (
        SELECT 1 FROM item_checks ch
        WHERE ch."itemId" = i.id AND ch."memberId" = p_member AND ch."localDate" = p_date))
  ON CONFLICT DO NOTHING
  RETURNING routine_completions.id INTO v_completion;

  IF v_completion IS NULL THEN
    RETURN QUERY SELECT 1;
    RETURN;
  END IF;
  -- The completion earns the routine's points, once per completion (its id is the source key).
  INSERT INTO points_entries (id, "familyId", "memberId", delta, source, "sourceKey", reason, "createdAt", "updatedAt")
  SELECT gen_random_uuid(), r."familyId", p_member, r.points, 'ROUTINE', 'routine:' || v_completion, r.name, p_now, p_now
  FROM routines r JOIN routine_versions v ON v."routineId" = r.id AND v."familyId" = r."familyId"
  WHERE v.id = v_version AND r.points > 0
  ON CONFLICT DO NOTHING;
  RETURN QUERY SELECT generate_series(1, 2);
END
$$;
