// Kids' routines on a day as one statement (text with positional parameters, so the API's
// benchmark baseline in app/api/bench runs exactly what memberDays() runs).
//
// $1 familyId, $2 the kids' ids (uuid[]: one kid for the tablet and the API, every kid for the
// dashboard, which so costs the same statement whatever the number of kids), $3 local date, $4
// its ISO weekday (1 = Monday).
// No row for an id that is not a member of this family. Otherwise, per member, one row per item
// (or per card without items; or one row with only the member when there is nothing today), in
// display order: the routines assigned to the kid and scheduled that weekday (none on a day the
// kid is away: member_away_on(); one the kids take turns at only on the kid's days, a pool chore
// until another kid took it: routine_doers(); all as check_item() refuses), each in the version in
// force that day (routine_version_on(), the function check_item() accepts checks by: the day view
// and the checks it allows cannot disagree), with the id of the kid's check of each item that day.
// Both CTEs are MATERIALIZED, as plans on 10,000 families showed (scripts/bench/scale-explain.ts):
// inlined, day_routines let routine_version_on() run once per card looked up instead of once per
// routine, and the planner, guessing one kid, ran day_rows again for every kid in the final join.
export const KID_DAY_SQL = `
  WITH kids AS (
    SELECT m.id, m."displayName", m."avatarEmoji" FROM family_members m
    WHERE m.id = ANY($2::uuid[]) AND m."familyId" = $1::uuid
  ), day_routines AS MATERIALIZED (
    SELECT k.id AS "kidId", r.id, r.name, r.icon, r."startMinute", r."endMinute", r."thenEmoji", r."thenLabel",
           v.id AS "versionId", v.number AS "versionNumber",
           CASE WHEN NOT r."pooled" THEN NULL WHEN pc."memberId" IS NULL THEN 'free' ELSE 'mine' END AS pool
    FROM kids k
    JOIN routine_assignments a ON a."memberId" = k.id AND a."familyId" = $1::uuid
    JOIN routines r ON r.id = a."routineId" AND r."familyId" = a."familyId"
    CROSS JOIN LATERAL (SELECT routine_version_on($1::uuid, k.id, r.id, $3::date) AS id) day_version
    JOIN routine_versions v ON v.id = day_version.id AND v."familyId" = r."familyId"
    LEFT JOIN pool_claims pc ON pc."routineId" = r.id AND pc."familyId" = r."familyId" AND pc."localDate" = $3::date
    WHERE r."archivedAt" IS NULL AND $4::int = ANY(r.weekdays)
      AND NOT member_away_on($1::uuid, k.id, $3::date)
      AND ((r."turns" IS NULL AND NOT r."pooled") OR k.id = ANY(routine_doers($1::uuid, r.id, $3::date)))
  ), day_rows AS MATERIALIZED (
    SELECT d.*, c.id AS "cardId", c.title, c."pictureEmoji", c."durationSeconds", c.position AS "cardPosition",
           c."photoId" AS "cardPhotoId", c."voiceId" AS "cardVoiceId",
           i.id AS "itemId", i.label, i.position AS "itemPosition", ch.id AS "checkId",
           i."photoId" AS "itemPhotoId", i."voiceId" AS "itemVoiceId"
    FROM day_routines d
    JOIN routine_cards c ON c."versionId" = d."versionId" AND c."familyId" = $1::uuid
    LEFT JOIN routine_items i ON i."cardId" = c.id AND i."familyId" = c."familyId"
    LEFT JOIN item_checks ch
      ON ch."itemId" = i.id AND ch."familyId" = i."familyId" AND ch."memberId" = d."kidId" AND ch."localDate" = $3::date
  )
  SELECT k.id AS "memberId", k."displayName", k."avatarEmoji", r.*
  FROM kids k
  LEFT JOIN day_rows r ON r."kidId" = k.id
  ORDER BY k.id, r."startMinute", r.name, r.id, r."cardPosition", r."itemPosition"`;
