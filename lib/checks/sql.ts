// The check-off statement as text with positional parameters, so the API's benchmark baseline
// (app/api/bench) runs exactly the statement checkItem() runs, through pg with nothing around it.
//
// $1 familyId, $2 kidId, $3 itemId, $4 local date, $5 client event id, $6 now.
// One INSERT … SELECT proves in the same statement that the item belongs to a routine of this
// family that is assigned to this kid and not archived; anything else inserts nothing.
export const CHECK_ITEM_SQL = `
  INSERT INTO item_checks (id, "familyId", "memberId", "itemId", "versionId", "localDate", "clientEventId", "checkedAt", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), i."familyId", a."memberId", i.id, c."versionId", $4::date, $5::uuid, $6, $6, $6
  FROM routine_items i
  JOIN routine_cards c ON c.id = i."cardId" AND c."familyId" = i."familyId"
  JOIN routine_versions v ON v.id = c."versionId" AND v."familyId" = c."familyId"
  JOIN routines r ON r.id = v."routineId" AND r."familyId" = v."familyId" AND r."archivedAt" IS NULL
  JOIN routine_assignments a ON a."routineId" = r.id AND a."familyId" = r."familyId" AND a."memberId" = $2::uuid
  WHERE i.id = $3::uuid AND i."familyId" = $1::uuid
  ON CONFLICT DO NOTHING
  RETURNING id, "versionId"`;
