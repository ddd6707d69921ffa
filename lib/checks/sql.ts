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
