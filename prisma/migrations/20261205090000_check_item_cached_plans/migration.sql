-- Issue 22: a check-off cost PostgreSQL 2.2 ms of CPU, most of it planning, not running
-- (perf on the backends: the planner ≈ 25 %, SQL functions parsed again on every call ≈ 15 %).
-- Two causes, both fixed here without changing what anything answers:
--
-- 1. family_today() and member_away_on() were LANGUAGE sql. Their bodies read tables (FROM,
--    subqueries), so PostgreSQL cannot inline them, and it parses and plans a SQL function's body
--    again on every call (it keeps nothing across calls before PostgreSQL 18). check_item() calls
--    them for every check, the kids' day and the dashboard for every kid and day. As PL/pgSQL, the
--    same statement is planned once per connection. Same bodies, same answers.
CREATE OR REPLACE FUNCTION family_today(p_family uuid, p_now timestamp)
RETURNS date
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT (((p_now AT TIME ZONE 'UTC') AT TIME ZONE f."timeZone")
                  - make_interval(mins => f."dayStartMinute"))::date
          FROM families f WHERE f.id = p_family);
END
$$;

CREATE OR REPLACE FUNCTION member_away_on(p_family uuid, p_member uuid, p_date date) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN COALESCE(
    (SELECT d."kind" = 'AWAY' FROM away_days d
      WHERE d."familyId" = p_family AND d."memberId" = p_member
        AND p_date BETWEEN d."startDate" AND d."endDate"
      ORDER BY (d."kind" = 'HOME') DESC LIMIT 1),
    EXISTS (SELECT 1 FROM away_patterns p
      WHERE p."familyId" = p_family AND p."memberId" = p_member AND p_date >= p."startDate"
        AND ((p_date - p."startDate") % p."cycleDays") = ANY(p."awayDays")));
END
$$;

-- 2. A parent's check-off (the API, the app's corrections) was one statement with two CTEs, sent
--    unnamed, so it was planned on every call. The same work as a function: the client's
--    statement is a bare call, and the audit line's INSERT keeps its plan. The line is written
--    only when check_item() stored the check, in the same transaction; the answer is
--    check_item()'s rows, as before (lib/checks/sql.ts CHECK_OUTCOME).
CREATE FUNCTION check_item_by_parent(
  p_id uuid, p_family uuid, p_member uuid, p_item uuid, p_date date, p_event uuid,
  p_now timestamp(3), p_by uuid
) RETURNS SETOF integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_stored int := 0;
  v_row int;
BEGIN
  FOR v_row IN SELECT check_item(p_id, p_family, p_member, p_item, p_date, p_event, p_now) LOOP
    v_stored := v_stored + 1;
    RETURN NEXT v_row;
  END LOOP;
  IF v_stored = 0 THEN
    RETURN;
  END IF;
  INSERT INTO check_corrections
    (id, "familyId", "memberId", "itemId", "localDate", action, "byMemberId", "itemLabel", "routineName", "createdAt")
  SELECT gen_random_uuid(), i."familyId", p_member, i.id, p_date, 'ADDED', p_by, i.label, r.name, p_now
  FROM routine_items i
  JOIN routine_cards rc ON rc.id = i."cardId" AND rc."familyId" = i."familyId"
  JOIN routine_versions v ON v.id = rc."versionId" AND v."familyId" = rc."familyId"
  JOIN routines r ON r.id = v."routineId" AND r."familyId" = v."familyId"
  WHERE i.id = p_item AND i."familyId" = p_family;
END
$$;
