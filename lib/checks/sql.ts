// The check-off as one statement with positional parameters, so the API's benchmark baseline
// (app/api/bench) runs exactly the statement checkItem() runs, through pg with nothing around it.
//
// $1 new check id, $2 familyId, $3 kidId, $4 itemId, $5 local date, $6 client event id, $7 now.
// check_item() (migration check_item_function) inserts the check only if the item belongs to a
// routine of this family that is assigned to this kid and not archived, and records the routine's
// completion when this check completes it: one round trip, one transaction. It answers with a
// row count (see CHECK_OUTCOME).
export const CHECK_ITEM_SQL = `
  SELECT check_item($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::date, $6::uuid, $7::timestamp(3))`;

/** check_item()'s row count → what happened. */
export const CHECK_OUTCOME = ["not-inserted", "inserted", "inserted-and-completed"] as const;

/**
 * The same check-off made by a parent (the API, the app's corrections), with its audit line
 * (lib/checks/audit.ts says what it keeps) in the same statement: one round trip instead of an
 * interactive transaction of five (BEGIN, the check, the item's names, the line, COMMIT), which
 * cost the API's check-off two thirds of its throughput (scripts/bench/api.ts). The line is
 * written only when check_item() stored the check; the answer is check_item()'s rows.
 * $8 the parent's member id.
 */
export const CHECK_ITEM_BY_PARENT_SQL = `
  WITH c AS (
    SELECT check_item($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::date, $6::uuid, $7::timestamp(3)) AS stored
  ), audit AS (
    INSERT INTO check_corrections
      (id, "familyId", "memberId", "itemId", "localDate", action, "byMemberId", "itemLabel", "routineName", "createdAt")
    SELECT gen_random_uuid(), i."familyId", $3::uuid, i.id, $5::date, 'ADDED', $8::uuid, i.label, r.name, $7::timestamp(3)
    FROM routine_items i
    JOIN routine_cards rc ON rc.id = i."cardId" AND rc."familyId" = i."familyId"
    JOIN routine_versions v ON v.id = rc."versionId" AND v."familyId" = rc."familyId"
    JOIN routines r ON r.id = v."routineId" AND r."familyId" = v."familyId"
    WHERE i.id = $4::uuid AND i."familyId" = $2::uuid AND EXISTS (SELECT 1 FROM c)
  )
  SELECT stored FROM c`;
