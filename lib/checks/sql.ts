// The check-off as one statement with positional parameters, so the API's benchmark baseline
// (app/api/bench) runs exactly the statement checkItem() runs, through pg with nothing around it.
//
// $1 familyId, $2 kidId, $3 itemId, $4 local date, $5 client event id, $6 now.
// check_item() (migration check_item_function) inserts the check only if the item belongs to a
// routine of this family that is assigned to this kid and not archived, returns the stored check
// on a repeat, and records the routine's completion when this check completes it: one round trip,
// one transaction. No row means "no such item for this kid".
export const CHECK_ITEM_SQL = `
  SELECT id, created, completed
  FROM check_item($1::uuid, $2::uuid, $3::uuid, $4::date, $5::uuid, $6::timestamp(3))`;
