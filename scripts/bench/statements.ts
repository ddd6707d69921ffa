// PostgreSQL's CPU per hot statement (issue 22): the statements the app sends for a kid's day, a
// kid's check-off (the tablet) and a parent's check-off (the API, with its audit line), run one
// after another on one connection, with the CPU of that connection's backend read from /proc
// before and after. No load, no other client: what the statement itself costs the server, which
// bench:instances (50 connections) cannot separate from contention. Every check-off is a new
// (kid, item, day), so a real insert with its triggers and commit. Then the parent's check-off from
// several connections at once: commits that wait on each other show there (a NOTIFY in the
// committing transaction made them wait, decision 030); the relay of live changes runs as in the
// app, and its backend's CPU is counted. Not part of CI; results go in docs/benchmarks.md.
//   npm run bench:statements                 (on postgresql://postgres@127.0.0.1:5432/postgres)
//   npm run bench:statements -- --calls 2000 --rounds 3 --connections 10
import { randomUUID } from "node:crypto";
import pg from "pg";
import { CHECK_ITEM_BY_PARENT_SQL, CHECK_ITEM_SQL } from "../../lib/checks/sql";
import { createDbClient } from "../../lib/db-client";
import { attachRelay, FAST_MS } from "../../lib/live/relay";
import { KID_DAY_SQL } from "../../lib/routines/sql";
import { isoWeekday, localDateAt } from "../../lib/time/rules";
import { withClient } from "../lib/pg-client";
import { createTestDatabase } from "../lib/test-database";
import { checkBodies, seedFamily } from "./api-seed";
import { median, numberArg } from "./options";
import { cpuMs, spent } from "./proc-cpu";

const CALLS = numberArg("calls", 2000);
const ROUNDS = numberArg("rounds", 3);
const CONNECTIONS = numberArg("connections", 10);
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

/** The write-ahead log's insert position, and the bytes written since one. */
const walPosition = async (client: pg.ClientBase) =>
  (await client.query<{ lsn: string }>("SELECT pg_current_wal_insert_lsn()::text AS lsn")).rows[0]!
    .lsn;
const walSince = async (client: pg.ClientBase, lsn: string) =>
  Number(
    (
      await client.query<{ bytes: string }>(
        "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn) AS bytes",
        [lsn],
      )
    ).rows[0]!.bytes,
  );

const database = await createTestDatabase();
const db = createDbClient({ url: database.url, poolSize: 2 });
try {
  const family = await seedFamily(db, "Statements");
  const today = localDateAt(new Date(), "UTC");
  const check = checkBodies(family, today);
  let k = 0;
  const parentCheckOff = (): [string, unknown[]] => {
    const b = check();
    return [
      CHECK_ITEM_BY_PARENT_SQL,
      [randomUUID(), b.familyId, b.memberId, b.itemId, b.date, b.clientEventId, new Date(), b.by],
    ];
  };
  const statements: Record<string, () => [string, unknown[]]> = {
    "kid's day (kid_day(), 1 kid, 60 items)": () => [
      KID_DAY_SQL,
      [family.familyId, [family.kidIds[k++ % family.kidIds.length]], today, isoWeekday(today)],
    ],
    "kid's check-off (check_item())": () => {
      const b = check();
      return [
        CHECK_ITEM_SQL,
        [randomUUID(), b.familyId, b.memberId, b.itemId, b.date, b.clientEventId, new Date()],
      ];
    },
    "parent's check-off (check_item_by_parent(), audit line)": () => parentCheckOff(),
  };
  const relay = new pg.Client({ connectionString: database.url });
  await relay.connect();
  const stopRelay = attachRelay(relay);
  const pidOf = async (client: pg.Client | pg.PoolClient) =>
    (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
  // The relay with nothing to announce, on its fast beat (the seed's changes just passed): what it
  // costs PostgreSQL and this process each second. A quiet cluster's beat is 10 times slower.
  const relayPid = await pidOf(relay);
  const idleBefore = { pg: cpuMs([relayPid]), app: process.cpuUsage() };
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const idleApp = process.cpuUsage(idleBefore.app);
  console.log(
    `\nIdle relay on its fast beat (a round every ${FAST_MS} ms): ${(spent(idleBefore.pg, cpuMs([relayPid])) / 5).toFixed(2)} PostgreSQL CPU-ms and ${((idleApp.user + idleApp.system) / 1000 / 5).toFixed(2)} app CPU-ms per second`,
  );
  await withClient(database.url, async (client) => {
    const pid = await pidOf(client);
    console.log(`\n${CALLS} calls per round, one connection, median of ${ROUNDS} rounds\n`);
    console.log(
      "| Statement | PostgreSQL CPU-ms per call | Wall ms per call | WAL bytes per call |\n| --- | --- | --- | --- |",
    );
    for (const [name, next] of Object.entries(statements)) {
      const call = () => client.query(...next());
      // The connection's first calls plan and fill its caches, as a new connection's do.
      for (let i = 0; i < 200; i++) await call();
      const cpu: number[] = [];
      const wall: number[] = [];
      const wal: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const lsn = await walPosition(client);
        const before = cpuMs([pid]);
        const start = performance.now();
        for (let i = 0; i < CALLS; i++) await call();
        wall.push((performance.now() - start) / CALLS);
        cpu.push(spent(before, cpuMs([pid])) / CALLS);
        // What the calls wrote to the write-ahead log (their rows, every index of them, the
        // triggers' rows): it does not depend on the machine's speed.
        wal.push((await walSince(client, lsn)) / CALLS);
      }
      console.log(
        `| ${name} | ${median(cpu).toFixed(2)} | ${median(wall).toFixed(2)} | ${median(wal).toFixed(0)} |`,
      );
    }
  });

  // The parent's check-off from CONNECTIONS connections at once, each going as fast as it can.
  const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.connect()));
  const pids = [relayPid, ...(await Promise.all(clients.map(pidOf)))];
  const checkOff = (client: pg.PoolClient) => client.query(...parentCheckOff());
  const burst = async (calls: number) => {
    let left = calls;
    await Promise.all(
      clients.map(async (c) => {
        while (left-- > 0) await checkOff(c);
      }),
    );
  };
  await burst(500);
  const rates: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = cpuMs(pids);
    const start = performance.now();
    await burst(CALLS);
    rates.push(CALLS / ((performance.now() - start) / 1000));
    cpu.push(spent(before, cpuMs(pids)) / CALLS);
  }
  console.log(
    `\n| Parent's check-off, ${CONNECTIONS} connections at once | ${median(rates).toFixed(0)} calls/s | ${median(cpu).toFixed(2)} PostgreSQL CPU-ms per call (the relay's included) |\n`,
  );
  for (const c of clients) c.release();
  await pool.end();
  stopRelay();
  await relay.end();
} finally {
  await db.$disconnect();
  await database.drop();
}
