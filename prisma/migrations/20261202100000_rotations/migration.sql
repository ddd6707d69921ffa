-- Taking turns (issue 21): a routine the assigned kids take turns at, the turn passing every day
-- or every family week. Who does it on a date is routine_doers() below, the twin of doersOn() in
-- lib/rotation/rules.ts (rotation.integration.test.ts holds them equal); the day view
-- (lib/routines/sql.ts) and check_item() use it, so only that kid is offered the routine and
-- only that kid's check is stored.

-- CreateEnum
CREATE TYPE "TurnRhythm" AS ENUM ('DAY', 'WEEK');

-- CreateEnum
CREATE TYPE "TurnKind" AS ENUM ('SWAP', 'KEPT');

-- AlterTable
ALTER TABLE "routines" ADD COLUMN     "turns" "TurnRhythm",
ADD COLUMN     "turnsFrom" DATE;

-- CreateTable
CREATE TABLE "rotation_turns" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "routineId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "memberId" UUID NOT NULL,
    "kind" "TurnKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rotation_turns_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rotation_turns_familyId_idx" ON "rotation_turns"("familyId");

-- CreateIndex
CREATE INDEX "rotation_turns_memberId_familyId_idx" ON "rotation_turns"("memberId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "rotation_turns_routineId_localDate_key" ON "rotation_turns"("routineId", "localDate");

-- AddForeignKey
ALTER TABLE "rotation_turns" ADD CONSTRAINT "rotation_turns_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_turns" ADD CONSTRAINT "rotation_turns_routineId_familyId_fkey" FOREIGN KEY ("routineId", "familyId") REFERENCES "routines"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_turns" ADD CONSTRAINT "rotation_turns_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "routines" ADD CONSTRAINT "routines_turns" CHECK (("turns" IS NULL) = ("turnsFrom" IS NULL));

-- Who may do a routine the kids take turns at on a date: the kid of a stored day (a parent's swap,
-- or a day kept when the rotation changed) if still in the rotation; before the rotation starts,
-- every kid of it (as before it took turns); else the kid whose turn the period is (the assigned
-- kids who are not archived, oldest first), or when that kid is away the next one in the order
-- who is home; nobody when every one is away.
CREATE FUNCTION routine_doers(p_family uuid, p_routine uuid, p_date date) RETURNS uuid[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_turns "TurnRhythm";
  v_from date;
  v_kids uuid[];
  v_k int;
  v_first int;
  v_kid uuid;
  v_stored uuid;
BEGIN
  SELECT r."turns", r."turnsFrom" INTO v_turns, v_from
  FROM routines r WHERE r.id = p_routine AND r."familyId" = p_family;
  IF v_turns IS NULL THEN
    RETURN '{}';
  END IF;
  SELECT array_agg(m.id ORDER BY m."createdAt", m.id) INTO v_kids
  FROM routine_assignments a
  JOIN family_members m ON m.id = a."memberId" AND m."familyId" = a."familyId" AND m."archivedAt" IS NULL
  WHERE a."routineId" = p_routine AND a."familyId" = p_family;
  v_k := coalesce(cardinality(v_kids), 0);
  IF v_k = 0 THEN
    RETURN '{}';
  END IF;
  SELECT t."memberId" INTO v_stored FROM rotation_turns t
  WHERE t."routineId" = p_routine AND t."familyId" = p_family AND t."localDate" = p_date;
  IF v_stored IS NOT NULL AND v_stored = ANY(v_kids) THEN
    RETURN ARRAY[v_stored];
  END IF;
  IF p_date < v_from THEN
    RETURN v_kids;
  END IF;
  v_first := (CASE WHEN v_turns = 'DAY' THEN p_date - v_from ELSE (p_date - v_from) / 7 END) % v_k;
  FOR i IN 0 .. v_k - 1 LOOP
    v_kid := v_kids[((v_first + i) % v_k) + 1];
    IF NOT member_away_on(p_family, v_kid, p_date) THEN
      RETURN ARRAY[v_kid];
    END IF;
  END LOOP;
  RETURN '{}';
END
$$;

-- check_item as in away_days, and a routine the kids take turns at only for the kid whose day it is.
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
    AND (r."turns" IS NULL OR p_member = ANY(routine_doers(p_family, r.id, p_date)))
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
