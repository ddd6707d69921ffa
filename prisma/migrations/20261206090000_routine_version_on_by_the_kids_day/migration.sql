-- Issue 22: routine_version_on() (which version a kid's day shows, and the only one check_item()
-- accepts checks for) runs for every routine of the family in every check-off and kid's day. It
-- asks "has this kid a check of this version on that day?", and two indexes of item_checks could
-- answer: the kid's day (memberId, familyId, localDate) and the version's (versionId, familyId).
-- Without statistics (a new database until autovacuum first analyzes it; this machine's server
-- runs without autovacuum) the planner's estimates for the two were a tie, and once the table was
-- a few thousand rows it took the version's: every kid's checks of that version, read and thrown
-- away. A parent's check-off went from 0.5-0.65 to 1.6-1.7 PostgreSQL CPU-ms at 18,000 checks
-- (with statistics the planner took the kid's index). Two changes, the same answers:
--
-- 1. The kid's index of a day's checks also holds the version, so the question is one index probe
--    whatever the statistics say (its first three columns serve every query that used it before).
DROP INDEX "item_checks_memberId_familyId_localDate_idx";
CREATE INDEX "item_checks_memberId_familyId_localDate_versionId_idx" ON "item_checks"("memberId", "familyId", "localDate", "versionId");

-- 2. The function asks its questions one at a time: for each version, newest first, has the kid a
--    check of it that day (one probe of that index, all four columns given); if none, the newest
--    version made before the family's day ended. As one statement the planner was free to read
--    all the kid's checks of the day instead, and did (twice: for the ORDER BY and for the
--    filter). Same versions, same order: a routine has a handful of versions.
CREATE OR REPLACE FUNCTION routine_version_on(p_family uuid, p_member uuid, p_routine uuid, p_date date)
RETURNS uuid
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_id uuid;
BEGIN
  FOR v_id IN
    SELECT rv.id FROM routine_versions rv
    WHERE rv."routineId" = p_routine AND rv."familyId" = p_family
    ORDER BY rv.number DESC
  LOOP
    IF EXISTS (
      SELECT 1 FROM item_checks ch
      WHERE ch."memberId" = p_member AND ch."familyId" = p_family AND ch."localDate" = p_date
        AND ch."versionId" = v_id) THEN
      RETURN v_id;
    END IF;
  END LOOP;
  SELECT rv.id INTO v_id
  FROM routine_versions rv
  JOIN families f ON f.id = rv."familyId"
  WHERE rv."routineId" = p_routine AND rv."familyId" = p_family
    AND rv."createdAt" < (((p_date + 1)::timestamp
          + make_interval(mins => f."dayStartMinute")) AT TIME ZONE f."timeZone") AT TIME ZONE 'UTC'
  ORDER BY rv.number DESC
  LIMIT 1;
  RETURN v_id;
END
$$;
