-- Pool chores (issue 21): a routine offered to every assigned kid, done by the first who takes it
-- that day. Taking it is the kid's first check (check_item() below claims before it checks, so of
-- two tablets at once one gets it); routine_doers() then names that kid alone, so the day view
-- and check_item() offer it to nobody else. Undoing the kid's last check of it gives it back.
-- lib/pool/rules.ts says the same in TypeScript (pool.integration.test.ts holds them equal).

-- AlterTable
ALTER TABLE "routines" ADD COLUMN     "pooled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pooledFrom" DATE;

-- CreateTable
CREATE TABLE "pool_claims" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "routineId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "memberId" UUID NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pool_claims_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pool_claims_familyId_idx" ON "pool_claims"("familyId");

-- CreateIndex
CREATE INDEX "pool_claims_memberId_familyId_idx" ON "pool_claims"("memberId", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "pool_claims_routineId_localDate_key" ON "pool_claims"("routineId", "localDate");

-- AddForeignKey
ALTER TABLE "pool_claims" ADD CONSTRAINT "pool_claims_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pool_claims" ADD CONSTRAINT "pool_claims_routineId_familyId_fkey" FOREIGN KEY ("routineId", "familyId") REFERENCES "routines"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pool_claims" ADD CONSTRAINT "pool_claims_memberId_familyId_fkey" FOREIGN KEY ("memberId", "familyId") REFERENCES "family_members"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "routines" ADD CONSTRAINT "routines_pool_or_turns" CHECK (NOT ("pooled" AND "turns" IS NOT NULL));
ALTER TABLE "routines" ADD CONSTRAINT "routines_pooled_from" CHECK ("pooled" = ("pooledFrom" IS NOT NULL));

-- Who may do a routine on a date: as in rotations for one the kids take turns at; for a pool
-- chore, the kid who took it that day if still one of its kids, else every kid of it who is home.
CREATE OR REPLACE FUNCTION routine_doers(p_family uuid, p_routine uuid, p_date date) RETURNS uuid[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_turns "TurnRhythm";
  v_from date;
  v_kids uuid[];
  v_k int;
  v_first int;
  v_kid uuid;
  v_stored uuid;
  v_pooled boolean;
BEGIN
  SELECT r."turns", r."turnsFrom", r."pooled" INTO v_turns, v_from, v_pooled
  FROM routines r WHERE r.id = p_routine AND r."familyId" = p_family;
  IF v_turns IS NULL AND NOT coalesce(v_pooled, false) THEN
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
  IF v_pooled THEN
    SELECT p."memberId" INTO v_stored FROM pool_claims p
    WHERE p."routineId" = p_routine AND p."familyId" = p_family AND p."localDate" = p_date;
    IF v_stored IS NOT NULL AND v_stored = ANY(v_kids) THEN
      RETURN ARRAY[v_stored];
    END IF;
    RETURN coalesce((SELECT array_agg(kid ORDER BY o) FROM unnest(v_kids) WITH ORDINALITY AS u(kid, o)
                     WHERE NOT member_away_on(p_family, kid, p_date)), '{}');
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

-- The kid's last check of a pool chore on a day undone: the chore is free to take again.
CREATE FUNCTION release_pool_claim() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM pool_claims p
  USING routine_versions v
  WHERE v.id = OLD."versionId" AND p."routineId" = v."routineId" AND p."familyId" = OLD."familyId"
    AND p."localDate" = OLD."localDate" AND p."memberId" = OLD."memberId"
    AND NOT EXISTS (
      SELECT 1 FROM item_checks ch
      JOIN routine_versions cv ON cv.id = ch."versionId" AND cv."familyId" = ch."familyId"
      WHERE ch."memberId" = OLD."memberId" AND ch."familyId" = OLD."familyId"
        AND ch."localDate" = OLD."localDate" AND cv."routineId" = v."routineId");
  RETURN NULL;
END
$$;

CREATE TRIGGER "item_checks_release_pool_claim" AFTER DELETE ON "item_checks"
FOR EACH ROW EXECUTE FUNCTION release_pool_claim();

-- check_item as in rotations, and a pool chore taken by the kid's first check of it.
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

  -- A pool chore is taken by the kid's first check of it that day, before the check: of two
  -- tablets at once, the second waits on the first's claim (the unique day), sees it and stores
  -- nothing. The claim asks what the check asks but whose it is, so a check refused for any other
  -- reason takes nothing.
  INSERT INTO pool_claims (id, "familyId", "routineId", "localDate", "memberId", "claimedAt", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), r."familyId", r.id, p_date, p_member, p_now, p_now, p_now
  FROM routine_items i
  JOIN routine_cards c ON c.id = i."cardId" AND c."familyId" = i."familyId"
  JOIN routine_versions v ON v.id = c."versionId" AND v."familyId" = c."familyId"
  JOIN routines r ON r.id = v."routineId" AND r."familyId" = v."familyId" AND r."archivedAt" IS NULL AND r."pooled"
  JOIN routine_assignments a ON a."routineId" = r.id AND a."familyId" = r."familyId" AND a."memberId" = p_member
  WHERE i.id = p_item AND i."familyId" = p_family
    AND EXTRACT(ISODOW FROM p_date)::int = ANY(r.weekdays)
    AND v.id = routine_version_on(p_family, p_member, r.id, p_date)
    AND NOT member_away_on(p_family, p_member, p_date)
  ON CONFLICT ("routineId", "localDate") DO NOTHING;

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
    AND ((r."turns" IS NULL AND NOT r."pooled") OR p_member = ANY(routine_doers(p_family, r.id, p_date)))
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
