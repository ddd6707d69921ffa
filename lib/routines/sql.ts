// Kids' routines on a day as one statement (text with positional parameters, so the API's
// benchmark baseline in app/api/bench runs exactly what memberDays() runs). The statement itself
// is the function kid_day() (migration 20261204090000_kid_day_function; a change to it is a new
// migration that replaces the function): PL/pgSQL keeps its plan for the connection, and planning
// it took as long as running it.
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
// Its two CTEs are MATERIALIZED, as plans on 10,000 families showed (scripts/bench/scale-explain.ts):
// inlined, day_routines let routine_version_on() run once per card looked up instead of once per
// routine, and the planner, guessing one kid, ran day_rows again for every kid in the final join.
export const KID_DAY_SQL = `SELECT * FROM kid_day($1::uuid, $2::uuid[], $3::date, $4::int)`;
