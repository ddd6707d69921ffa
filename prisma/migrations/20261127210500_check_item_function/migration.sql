-- check_item: a kid checks an item off, in one round trip and one transaction.
--
-- The INSERT … SELECT proves that the item belongs to a routine of this family that is assigned to
-- this kid and not archived. When the insert completes the routine version for the kid that day,
-- the completion is recorded. The outcome is the NUMBER of rows returned, so the app can call it
-- with Prisma's $executeRaw (much cheaper per call than $queryRaw, on the busiest write path):
--   0 rows: nothing inserted (a repeat of the same kid, item and date, or no such item for the kid)
--   1 row:  inserted with id p_id
--   2 rows: inserted with id p_id, and the routine is now complete The advisory lock (per kid, version and date) makes that race-free:
-- of two check-offs of the last two items, the second to take the lock sees the first one's check
-- (each statement of a plpgsql function reads a fresh snapshot under READ COMMITTED).
CREATE FUNCTION check_item(
  p_id uuid, p_family uuid, p_member uuid, p_item uuid, p_date date, p_event uuid, p_now timestamp(3)
) RETURNS SETOF integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_check uuid;
  v_version uuid;
  v_completions integer;
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
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS v_completions = ROW_COUNT;
  RETURN QUERY SELECT generate_series(1, CASE WHEN v_completions > 0 THEN 2 ELSE 1 END);
END
$$;
