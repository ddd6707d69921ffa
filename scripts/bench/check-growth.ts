// PostgreSQL's CPU per check-off and per kid's day as a family's checks grow (issue 22): rounds of
// parent check-offs (each a new kid, item and day) on a fresh connection each, so each round's
// plans are made with the table as it is then, and a sample of kids' days after each round. A
// new database has no statistics until autovacuum first analyzes it (and this machine's server
// runs without autovacuum): the plans must hold without them. `--analyze`: ANALYZE before each
// round, as a server with autovacuum soon does. Not part of CI; results go in docs/benchmarks.md.
//   npm run bench:growth                      (on postgresql://postgres@127.0.0.1:5432/postgres)
//   npm run bench:growth -- --rounds 10 --calls 3000 --analyze
//   npm run bench:growth -- --keep             (leaves the database, and says its URL)
import { randomUUID } from "node:crypto";
import { CHECK_ITEM_BY_PARENT_SQL } from "../../lib/checks/sql";
import { createDbClient } from "../../lib/db-client";
import { KID_DAY_SQL } from "../../lib/routines/sql";
import { isoWeekday, localDateAt } from "../../lib/time/rules";
import { withClient } from "../lib/pg-client";
import { createTestDatabase } from "../lib/test-database";
import { checkBodies, seedFamily } from "./api-seed";
import { numberArg } from "./options";
import { cpuMs, spent } from "./proc-cpu";

const ROUNDS = numberArg("rounds", 10);
const CALLS = numberArg("calls", 3000);
const DAYS_SAMPLE = 300;
const ANALYZE = process.argv.includes("--analyze");
const KEEP = process.argv.includes("--keep");
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

const database = await createTestDatabase();
const db = createDbClient({ url: database.url, poolSize: 2 });
try {
  const family = await seedFamily(db, "Growth");
  const today = localDateAt(new Date(), "UTC");
  const check = checkBodies(family, today);
  console.log(
    `\n${CALLS} parent check-offs a round, then ${DAYS_SAMPLE} kids' days; one connection a round${ANALYZE ? ", ANALYZE before each" : ", no statistics"}\n`,
  );
  console.log(
    "| Checks before the round | Check-off PostgreSQL CPU-ms | Kid's day PostgreSQL CPU-ms |\n| --- | --- | --- |",
  );
  for (let round = 0; round < ROUNDS; round++) {
    await withClient(database.url, async (client) => {
      if (ANALYZE) await client.query("ANALYZE");
      const { rows } = await client.query<{ pid: number; n: string }>(
        "SELECT pg_backend_pid() AS pid, (SELECT count(*) FROM item_checks) AS n",
      );
      const { pid, n } = rows[0]!;
      let before = cpuMs([pid]);
      for (let i = 0; i < CALLS; i++) {
        const b = check();
        await client.query(CHECK_ITEM_BY_PARENT_SQL, [
          ...[randomUUID(), b.familyId, b.memberId, b.itemId, b.date, b.clientEventId],
          ...[new Date(), b.by],
        ]);
      }
      const checkOff = spent(before, cpuMs([pid])) / CALLS;
      before = cpuMs([pid]);
      for (let i = 0; i < DAYS_SAMPLE; i++)
        await client.query(KID_DAY_SQL, [
          family.familyId,
          [family.kidIds[i % family.kidIds.length]],
          today,
          isoWeekday(today),
        ]);
      const day = spent(before, cpuMs([pid])) / DAYS_SAMPLE;
      console.log(
        `| ${Number(n).toLocaleString("en")} | ${checkOff.toFixed(2)} | ${day.toFixed(2)} |`,
      );
    });
  }
} finally {
  await db.$disconnect();
  if (KEEP) console.log(`\nKept: ${database.url}`);
  else await database.drop();
}
