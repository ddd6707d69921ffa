-- Undone taps keep their key (issue 14, decision 014): an undo deletes the check or habit log and
-- records its client event id here, so a late retry of the original tap answers "undone" instead
-- of checking the item again behind the undo's back.
CREATE TABLE "undone_events" (
    "familyId" UUID NOT NULL,
    "clientEventId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "undoneAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "undone_events_pkey" PRIMARY KEY ("familyId","clientEventId"),
    CONSTRAINT "undone_events_kind" CHECK ("kind" IN ('check', 'habit_log'))
);

ALTER TABLE "undone_events" ADD CONSTRAINT "undone_events_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- check_item as in checks_follow_the_day_view, and a retry of an undone tap stores nothing.
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
