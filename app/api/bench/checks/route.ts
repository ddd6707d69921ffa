// Benchmark baseline for POST /api/v1/checks: the same INSERT … SELECT, nothing else.
import { baselineEnabled, baselineOff, baselinePool } from "@/lib/bench/baseline";
import { CHECK_ITEM_SQL } from "@/lib/checks/sql";

export async function POST(request: Request) {
  if (!baselineEnabled()) return baselineOff();
  const body = (await request.json()) as Record<string, string>;
  const { rows } = await baselinePool().query(CHECK_ITEM_SQL, [
    body.familyId,
    body.memberId,
    body.itemId,
    body.date,
    body.clientEventId,
    new Date(),
  ]);
  return Response.json(rows[0] ?? null, { status: rows[0] ? 201 : 200 });
}
