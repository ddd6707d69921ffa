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
 * (lib/checks/audit.ts says what it keeps) in the same transaction: the function
 * check_item_by_parent() (migration check_item_cached_plans) writes the line only when
 * check_item() stored the check, and answers with check_item()'s rows. One round trip instead of
 * an interactive transaction of five (BEGIN, the check, the item's names, the line, COMMIT), which
 * cost the API's check-off two thirds of its throughput; a function rather than a statement with
 * CTEs, whose plan PostgreSQL would make again on every call (decision 029).
 * $8 the parent's member id.
 */
export const CHECK_ITEM_BY_PARENT_SQL = `
  SELECT check_item_by_parent($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::date, $6::uuid, $7::timestamp(3), $8::uuid)`;
