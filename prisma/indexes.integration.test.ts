// Every index is paid for by every write to its table: a check-off writes item_checks' rows, a
// tablet's sync habit_logs', many a second in a busy cluster (issue 22). A plain index whose
// columns begin another index of its table serves no read the longer one does not (PostgreSQL
// reads a B-tree by any leading columns), so it is only a cost. Two were: item_checks ("familyId")
// and habit_logs ("familyId"), each the start of its ("familyId", "clientEventId") key.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

afterAll(() => db.$disconnect());

type Client = Pick<typeof db, "$queryRaw">;

/** Plain indexes of these tables whose columns begin another index of the same table. */
function coveredIndexes(client: Client, tables: Prisma.Sql) {
  return client.$queryRaw<{ index: string; by: string }[]>`
    WITH idx AS (
      SELECT i.indrelid, i.indexrelid::regclass::text AS name, i.indisunique AS uniq,
             string_to_array(i.indkey::text, ' ')::int[] AS cols,
             i.indpred IS NOT NULL OR i.indexprs IS NOT NULL AS special, c.relam
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid IN (${tables})
    )
    SELECT a.name AS index, b.name AS by
    FROM idx a JOIN idx b ON a.indrelid = b.indrelid AND a.name <> b.name AND a.relam = b.relam
    WHERE NOT a.uniq AND NOT a.special AND NOT b.special
      AND cardinality(a.cols) <= cardinality(b.cols)
      AND b.cols[1:cardinality(a.cols)] = a.cols
    ORDER BY 1, 2`;
}

describe("the migrated schema's indexes", () => {
  it("has no plain index that another index of its table begins with", async () => {
    const tables = Prisma.sql`SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`;
    expect(await coveredIndexes(db, tables)).toEqual([]);
  });

  it("finds such an index when there is one, and only such", async () => {
    // A table of the test's own, in a transaction that is rolled back.
    const found = await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`CREATE TABLE probe_covered (a int, b int, c int)`;
        await tx.$executeRaw`CREATE INDEX probe_covered_a ON probe_covered (a)`;
        await tx.$executeRaw`CREATE UNIQUE INDEX probe_covered_ab ON probe_covered (a, b)`;
        // Not covered: a different leading column, and a unique index (a constraint, not a cost).
        await tx.$executeRaw`CREATE INDEX probe_covered_ba ON probe_covered (b, a)`;
        await tx.$executeRaw`CREATE UNIQUE INDEX probe_covered_c ON probe_covered (c)`;
        await tx.$executeRaw`CREATE INDEX probe_covered_cb ON probe_covered (c, b)`;
        const rows = await coveredIndexes(tx, Prisma.sql`SELECT 'probe_covered'::regclass`);
        throw Object.assign(new Error("roll back"), { rows });
      })
      .catch((error: { rows?: unknown }) => error.rows);
    expect(found).toEqual([{ index: "probe_covered_a", by: "probe_covered_ab" }]);
  });
});
