// Benchmark baseline for GET /api/v1/members/{id}/today: the same one statement, rows as JSON.
import { baselineEnabled, baselineOff, baselinePool } from "@/lib/bench/baseline";
import { KID_DAY_SQL } from "@/lib/routines/sql";
import { isoWeekday } from "@/lib/time/rules";

export async function GET(request: Request) {
  if (!baselineEnabled()) return baselineOff();
  const query = new URL(request.url).searchParams;
  const date = query.get("date")!;
  const { rows } = await baselinePool().query(KID_DAY_SQL, [
    query.get("familyId"),
    [query.get("kidId")],
    date,
    isoWeekday(date),
  ]);
  return Response.json(rows);
}
