// A kid's routines on a day as one statement (text with positional parameters, so the API's
// benchmark baseline in app/api/bench runs exactly what routinesForKidOnDate() runs).
//
// $1 familyId, $2 kidId, $3 local date, $4 its ISO weekday (1 = Monday).
// No row when the member is not of this family. Otherwise one row per item (or per card without
// items; or one row with only the member when there is nothing today), in display order: the
// routines assigned to the kid and scheduled that weekday, each in the version that was current that day (the version the
// kid's checks of that day point at; otherwise the newest one created before the family's day
// ended), with the id of the kid's check of each item that day.
export const KID_DAY_SQL = `
  WITH day_versions AS (
    SELECT DISTINCT "versionId" FROM item_checks
    WHERE "familyId" = $1::uuid AND "memberId" = $2::uuid AND "localDate" = $3::date
  ), day_routines AS (
    SELECT r.id, r.name, r.icon, r."startMinute", r."endMinute", v.id AS "versionId", v.number AS "versionNumber"
    FROM routines r
    JOIN families f ON f.id = r."familyId"
    JOIN routine_assignments a
      ON a."routineId" = r.id AND a."familyId" = r."familyId" AND a."memberId" = $2::uuid
    JOIN LATERAL (
      SELECT rv.id, rv.number, (rv.id IN (SELECT "versionId" FROM day_versions)) AS used
      FROM routine_versions rv
      WHERE rv."routineId" = r.id AND rv."familyId" = r."familyId"
        AND (rv.id IN (SELECT "versionId" FROM day_versions)
             -- the family's day ends at its day-start hour on the next date, in its own zone
             OR rv."createdAt" < ((($3::date + 1)::timestamp
                  + make_interval(mins => f."dayStartMinute")) AT TIME ZONE f."timeZone") AT TIME ZONE 'UTC')
      ORDER BY used DESC, rv.number DESC
      LIMIT 1
    ) v ON true
    WHERE r."familyId" = $1::uuid AND r."archivedAt" IS NULL AND $4::int = ANY(r.weekdays)
  ), day_rows AS (
    SELECT d.*, c.id AS "cardId", c.title, c."pictureEmoji", c."durationSeconds", c.position AS "cardPosition",
           i.id AS "itemId", i.label, i.position AS "itemPosition", ch.id AS "checkId"
    FROM day_routines d
    JOIN routine_cards c ON c."versionId" = d."versionId" AND c."familyId" = $1::uuid
    LEFT JOIN routine_items i ON i."cardId" = c.id AND i."familyId" = c."familyId"
    LEFT JOIN item_checks ch
      ON ch."itemId" = i.id AND ch."familyId" = i."familyId" AND ch."memberId" = $2::uuid AND ch."localDate" = $3::date
  )
  SELECT m.id AS "memberId", m."displayName", m."avatarEmoji", r.*
  FROM family_members m
  LEFT JOIN day_rows r ON true
  WHERE m.id = $2::uuid AND m."familyId" = $1::uuid
  ORDER BY r."startMinute", r.name, r.id, r."cardPosition", r."itemPosition"`;
