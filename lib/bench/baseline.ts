// The JSON API benchmark's baseline (npm run bench:api): the statement an endpoint runs, sent
// through a bare pg pool with no authentication, validation or ORM, so the benchmark can say what
// the framework and the app's own logic cost on top of the database's work. Its routes
// (app/api/bench/*/route.bench.ts) exist only in the benchmark's build (next.config.mjs,
// BENCH_BUILD=1), and even there are a plain 404 unless the server was started with
// BENCH_BASELINE=1.
// See docs/decisions/007-json-api.md.
import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

let pool: pg.Pool | undefined;

export const baselineEnabled = () => env().BENCH_BASELINE;

export function baselinePool(): pg.Pool {
  const config = env();
  // The same pool size and connect timeout as the app's Prisma pool: a fair comparison.
  return (pool ??= new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
  }));
}

export const baselineOff = () =>
  Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
