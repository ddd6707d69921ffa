-- Away days and two households (issue 21): a kid's repeating away pattern and one-off days.
-- While a kid is away nothing is due: the day view (lib/routines/sql.ts) offers nothing and
-- check_item() refuses, by the one function below; habit streaks pause (lib/habits/streaks.ts).

-- CreateEnum
CREATE TYPE "AwayKind" AS ENUM ('AWAY', 'HOME');

-- CreateTable
CREATE TABLE "away_patterns" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "place" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "cycleDays" INTEGER NOT NULL,
    "awayDays" INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "away_patterns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "away_days" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "kind" "AwayKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "place" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "away_days_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "away_patterns_familyId_idx" ON "away_patterns"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "away_patterns_memberId_familyId_key" ON "away_patterns"("memberId", "familyId");

-- CreateIndex
CREATE INDEX "away_days_familyId_idx" ON "away_days"("familyId");

-- CreateIndex
CREATE INDEX "away_days_memberId_familyId_startDate_idx" ON "away_days"("memberId", "familyId", "startDate");

-- AddForeignKey
ALTER TABLE "away_patterns" ADD CONSTRAINT "away_patterns_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "away_patterns" ADD CONSTRAINT "away_patterns_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "away_days" ADD CONSTRAINT "away_days_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "away_days" ADD CONSTRAINT "away_days_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "away_patterns" ADD CONSTRAINT "away_patterns_cycle" CHECK ("cycleDays" IN (7, 14, 21, 28));
ALTER TABLE "away_patterns" ADD CONSTRAINT "away_patterns_days"
  CHECK (cardinality("awayDays") BETWEEN 1 AND "cycleDays" AND 0 <= ALL("awayDays") AND "cycleDays" > ALL("awayDays"));
ALTER TABLE "away_patterns" ADD CONSTRAINT "away_patterns_place" CHECK (length(btrim("place")) BETWEEN 1 AND 40);
ALTER TABLE "away_days" ADD CONSTRAINT "away_days_range" CHECK ("startDate" <= "endDate" AND "endDate" - "startDate" < 366);
ALTER TABLE "away_days" ADD CONSTRAINT "away_days_place"
  CHECK (("kind" = 'HOME' AND "place" IS NULL) OR ("kind" = 'AWAY' AND ("place" IS NULL OR length(btrim("place")) BETWEEN 1 AND 40)));

-- Is a kid away on a local date? A one-off HOME range wins, then a one-off AWAY range, then the
-- pattern (lib/away/rules.ts awayOn() says the same; away.integration.test.ts holds them equal).
CREATE FUNCTION member_away_on(p_family uuid, p_member uuid, p_date date) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(
    (SELECT d."kind" = 'AWAY' FROM away_days d
      WHERE d."familyId" = p_family AND d."memberId" = p_member
        AND p_date BETWEEN d."startDate" AND d."endDate"
      ORDER BY (d."kind" = 'HOME') DESC LIMIT 1),
    EXISTS (SELECT 1 FROM away_patterns p
      WHERE p."familyId" = p_family AND p."memberId" = p_member AND p_date >= p."startDate"
        AND ((p_date - p."startDate") % p."cycleDays") = ANY(p."awayDays")))
$$;

-- check_item as in undone_events, and nothing is checked on a day the kid is away.
CREATE OR REPLACE FUNCTION check_item(
  p_id uuid, p_family uuid, p_member uuid, p_item uuid, p_date date, p_event uuid, p_now timestamp(3)
) RETURNS SETOF integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_check uuid;
  v_version uuid;
  v_completion uuid;
  v_today date := family_today(p_family, p_now);
BEGIN
  -- Today or up to 7 days back, in the family's calendar (BACKFILL_DAYS).
  IF v_today IS NULL OR p_date > v_today OR p_date < v_today - 7 THEN
    RETURN;
  END IF;

  -- A tap that was undone stays undone: its retry stores nothing. The lock is the one an undo
  -- takes (lib/events/undone.ts) before it deletes and records the key, so a retry racing the undo
  -- either lands first (and is undone with the rest) or sees the record. Each statement below
  -- reads with a new snapshot (VOLATILE), after the lock.
  IF p_event IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('event:' || p_family::text || p_event::text, 0));
    IF EXISTS (SELECT 1 FROM undone_events u WHERE u."familyId" = p_family AND u."clientEventId" = p_event) THEN
      RETURN;
    END IF;
  END IF;

  INSERT INTO item_checks (id, "familyId", "memberId", "itemId", "versionId", "localDate", "clientEventId", "checkedAt", "createdAt", "updatedAt")
  SELECT p_id, i."familyId", a."memberId", i.id, c."versionId", p_date, p_event, p_now, p_now, p_now
  FROM routine_items i
  JOIN routine_cards c ON c.id = i."cardId" AND c."familyId" = i."familyId"
  JOIN routine_versions v ON v.id = c."versionId" AND v."familyId" = c."familyId"
  JOIN routines r ON r.id = v."routineId" AND r."familyId" = v."familyId" AND r."archivedAt" IS NULL
  JOIN routine_assignments a ON a."routineId" = r.id AND a."familyId" = r."familyId" AND a."memberId" = p_member
  WHERE i.id = p_item AND i."familyId" = p_family
    AND EXTRACT(ISODOW FROM p_date)::int = ANY(r.weekdays)
    AND v.id = routine_version_on(p_family, p_member, r.id, p_date)
    AND NOT member_away_on(p_family, p_member, p_date)
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
