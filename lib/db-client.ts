// Builds a Prisma client on the pg driver adapter. The app uses the one instance in lib/db.ts;
// scripts (seed) and tests build their own here, because lib/db.ts is server-only.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type DbClientOptions = {
  url: string;
  connectTimeoutMs?: number;
  poolSize?: number;
  logQueries?: boolean;
  /** Emit a "query" event per SQL statement (tests count statements with `$on("query")`). */
  queryEvents?: boolean;
  /**
   * Called each time a connection goes back to the pool: after a statement, or after a
   * transaction's COMMIT or ROLLBACK. The app wakes the live relay with it (lib/live/relay.ts).
   */
  onRelease?: () => void;
};

export function createDbClient({
  url,
  connectTimeoutMs = 2_000,
  poolSize = 10,
  logQueries = false,
  queryEvents = false,
  onRelease,
}: DbClientOptions): PrismaClient {
  const pool = new pg.Pool({
    connectionString: url,
    // pg waits forever for a connection by default; a request must fail instead of hanging.
    connectionTimeoutMillis: connectTimeoutMs,
    max: poolSize,
    idleTimeoutMillis: 10_000,
  });
  if (onRelease) pool.on("release", onRelease);
  const adapter = new PrismaPg(pool, {
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool discards it and the next query opens a fresh one.
    onPoolError: (error) => console.warn(`[db] idle connection lost: ${error.message}`),
    // The pool is this client's alone: $disconnect() ends it.
    disposeExternalPool: true,
  });
  return new PrismaClient({
    adapter,
    // Errors are not logged here: expected ones (a unique violation on sign-up) are answers, and
    // unexpected ones are logged once by the action helper or route wrapper that catches them.
    log: [
      ...(logQueries ? (["query"] as const) : []),
      ...(queryEvents ? ([{ emit: "event", level: "query" }] as const) : []),
      "warn" as const,
    ],
  });
}
