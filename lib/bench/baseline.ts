// The JSON API benchmark's baseline (npm run bench:api): the statement an endpoint runs, sent
// through a bare pg pool with no authentication, validation or ORM, so the benchmark can say what
// the framework and the app's own logic cost on top of the database's work. Off unless the server
// was started with BENCH_BASELINE=1: these routes then answer; otherwise they are a plain 404.
// See docs/decisions/007-json-api.md.
import "server-only";
import pg from "pg";

let pool: pg.Pool | undefined;

export const baselineEnabled = () => process.env.BENCH_BASELINE === "1";

export function baselinePool(): pg.Pool {
  return (pool ??= new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  }));
}

export const baselineOff = () =>
  Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
