-- The kids' day (lib/routines/sql.ts) as a function (issue 22): PL/pgSQL keeps the statement's
-- plan for the session, so a request no longer pays for planning it. On 10,000 families planning
-- took as long as running it (0.7-1.0 ms each). Same statement, same rows, same order; the
-- comments of lib/routines/sql.ts say what it does.
CREATE FUNCTION kid_day(p_family uuid, p_kids uuid[], p_date date, p_weekday int)
RETURNS TABLE (
  "memberId" uuid, "displayName" text, "avatarEmoji" text,
  "kidId" uuid, id uuid, name text, icon text, "startMinute" int, "endMinute" int,
  "thenEmoji" text, "thenLabel" text, "versionId" uuid, "versionNumber" int, pool text,
  "cardId" uuid, title text, "pictureEmoji" text, "durationSeconds" int, "cardPosition" int,
  "cardPhotoId" uuid, "cardVoiceId" uuid,
  "itemId" uuid, label text, "itemPosition" int, "checkId" uuid,
  "itemPhotoId" uuid, "itemVoiceId" uuid
)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY

  WITH kids AS (
    SELECT m.id, m."displayName", m."avatarEmoji" FROM family_members m
    WHERE m.id = ANY(p_kids) AND m."familyId" = p_family
  ), day_routines AS MATERIALIZED (
    SELECT k.id AS "kidId", r.id, r.name, r.icon, r."startMinute", r."endMinute", r."thenEmoji", r."thenLabel",
           v.id AS "versionId", v.number AS "versionNumber",
           CASE WHEN NOT r."pooled" THEN NULL WHEN pc."memberId" IS NULL THEN 'free' ELSE 'mine' END AS pool
    FROM kids k
    JOIN routine_assignments a ON a."memberId" = k.id AND a."familyId" = p_family
    JOIN routines r ON r.id = a."routineId" AND r."familyId" = a."familyId"
    CROSS JOIN LATERAL (SELECT routine_version_on(p_family, k.id, r.id, p_date) AS id) day_version
    JOIN routine_versions v ON v.id = day_version.id AND v."familyId" = r."familyId"
    LEFT JOIN pool_claims pc ON pc."routineId" = r.id AND pc."familyId" = r."familyId" AND pc."localDate" = p_date
    WHERE r."archivedAt" IS NULL AND p_weekday = ANY(r.weekdays)
      AND NOT member_away_on(p_family, k.id, p_date)
      AND ((r."turns" IS NULL AND NOT r."pooled") OR k.id = ANY(routine_doers(p_family, r.id, p_date)))
  ), day_rows AS MATERIALIZED (
    SELECT d.*, c.id AS "cardId", c.title, c."pictureEmoji", c."durationSeconds", c.position AS "cardPosition",
           c."photoId" AS "cardPhotoId", c."voiceId" AS "cardVoiceId",
           i.id AS "itemId", i.label, i.position AS "itemPosition", ch.id AS "checkId",
           i."photoId" AS "itemPhotoId", i."voiceId" AS "itemVoiceId"
    FROM day_routines d
    JOIN routine_cards c ON c."versionId" = d."versionId" AND c."familyId" = p_family
    LEFT JOIN routine_items i ON i."cardId" = c.id AND i."familyId" = c."familyId"
    LEFT JOIN item_checks ch
      ON ch."itemId" = i.id AND ch."familyId" = i."familyId" AND ch."memberId" = d."kidId" AND ch."localDate" = p_date
  )
  SELECT k.id AS "memberId", k."displayName", k."avatarEmoji", r.*
  FROM kids k
  LEFT JOIN day_rows r ON r."kidId" = k.id
  ORDER BY k.id, r."startMinute", r.name, r.id, r."cardPosition", r."itemPosition";
END
$$;
