-- A check is accepted only where the day view shows the item (issue 14): for an item of the
-- routine version in force on that local date, of a routine scheduled that weekday, assigned to
-- the kid and not archived, on today or up to 7 days back in the family's calendar
-- (BACKFILL_DAYS in lib/time/rules.ts). The rule lives here, where every way in writes, and
-- lib/checks/rules.ts says the same in TypeScript (tests hold the two together).

-- routine_version_on: the version the day view shows for a kid on a date: the one the kid's checks
-- of that day point at, otherwise the newest created before the family's day ended (it ends at its
-- day-start hour on the next date, in its own zone); NULL before the routine existed.
CREATE FUNCTION routine_version_on(p_family uuid, p_member uuid, p_routine uuid, p_date date)
RETURNS uuid
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_id uuid;
BEGIN
  SELECT rv.id INTO v_id
  FROM routine_versions rv
  JOIN families f ON f.id = rv."familyId"
  CROSS JOIN LATERAL (
    SELECT EXISTS (
      SELECT 1 FROM item_checks ch
      WHERE ch."versionId" = rv.id AND ch."familyId" = p_family
        AND ch."memberId" = p_member AND ch."localDate" = p_date) AS used
  ) u
  WHERE rv."routineId" = p_routine AND rv."familyId" = p_family
    AND (u.used OR rv."createdAt" < (((p_date + 1)::timestamp
          + make_interval(mins => f."dayStartMinute")) AT TIME ZONE f."timeZone") AT TIME ZONE 'UTC')
  ORDER BY u.used DESC, rv.number DESC
  LIMIT 1;
  RETURN v_id;
END
$$;

-- family_today: the family's local date at an instant (lib/time/rules.ts localDateAt).
CREATE FUNCTION family_today(p_family uuid, p_now timestamp)
RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT (((p_now AT TIME ZONE 'UTC') AT TIME ZONE f."timeZone")
          - make_interval(mins => f."dayStartMinute"))::date
  FROM families f WHERE f.id = p_family
$$;

-- check_item as before (migrations check_item_function, then points_and_rewards: the completion
-- and its points in the same transaction), with the day view's rule in the INSERT … SELECT. A
-- refused check inserts nothing, like a repeat; the app tells them apart (lib/checks/queries.ts).
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
