// Benchmark baseline for POST /api/v1/checks: the same statement (a parent's check-off with its
// audit line), nothing else.
import { baselineEnabled, baselineOff, baselinePool } from "@/lib/bench/baseline";
import { CHECK_ITEM_BY_PARENT_SQL } from "@/lib/checks/sql";

export async function POST(request: Request) {
  if (!baselineEnabled()) return baselineOff();
  const body = (await request.json()) as Record<string, string>;
  const { rowCount } = await baselinePool().query(CHECK_ITEM_BY_PARENT_SQL, [
    crypto.randomUUID(),
    body.familyId,
    body.memberId,
    body.itemId,
    body.date,
    body.clientEventId,
    new Date(),
    body.by,
  ]);
  return Response.json({ rows: rowCount }, { status: rowCount ? 201 : 200 });
}
