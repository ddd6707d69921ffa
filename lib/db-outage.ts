// Telling "the database is down" apart from a bug. Both reach the API and the actions as thrown
// errors; an outage gets a 503 with Retry-After (or a calm form message), never a 500 that reads
// like the request was wrong. Recognised from Prisma's codes, the pg driver adapter's error kinds,
// PostgreSQL's SQLSTATEs and the pg pool's own messages, as probed against a refused port and
// killed backends (lib/db-outage.test.ts has each shape).

/**
 * - `unreachable`: no connection could be made; the statement never ran, so nothing was saved.
 * - `lost`: the connection broke while a statement or the commit was in flight; a write may or may
 *   not have been saved.
 */
export type Outage = "unreachable" | "lost";

// Prisma's own codes: can't reach / timed out / pool exhausted; server closed the connection.
const PRISMA_UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P2024"]);
const PRISMA_LOST = new Set(["P1017"]);
// The driver adapter's kinds (@prisma/adapter-pg convertDriverError).
const KIND_UNREACHABLE = new Set([
  "DatabaseNotReachable",
  "TooManyConnections",
  "TlsConnectionError",
]);
const KIND_LOST = new Set(["ConnectionClosed", "SocketTimeout"]);
// SQLSTATE: 08001/08004 the server refused the connection; 57P03 it is starting or stopping;
// 53300 too many connections. 08003/08006/08007 the connection failed in use; 57P01/57P02 the
// server shut down (fast stop, crash) under a running statement.
const SQLSTATE_UNREACHABLE = new Set(["08001", "08004", "57P03", "53300"]);
const SQLSTATE_LOST = new Set(["08000", "08003", "08006", "08007", "57P01", "57P02"]);
// Errors the pg pool throws itself, before any SQL.
const MESSAGE_UNREACHABLE =
  /timeout exceeded when trying to connect|ECONNREFUSED|Connection terminated due to connection timeout/i;
const MESSAGE_LOST = /Connection terminated|Client has encountered a connection error|ECONNRESET/i;

type Shape = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

export function databaseOutage(error: unknown, depth = 0): Outage | null {
  if (typeof error !== "object" || error === null || depth > 4) return null;
  const e = error as Shape;
  const code = typeof e.code === "string" ? e.code : undefined;
  if (code && PRISMA_UNREACHABLE.has(code)) return "unreachable";
  if (code && PRISMA_LOST.has(code)) return "lost";
  const kind = typeof e.kind === "string" ? e.kind : undefined;
  if (kind && KIND_UNREACHABLE.has(kind)) return "unreachable";
  if (kind && KIND_LOST.has(kind)) return "lost";
  const sqlstate = typeof e.originalCode === "string" ? e.originalCode : code;
  if (sqlstate && SQLSTATE_UNREACHABLE.has(sqlstate)) return "unreachable";
  if (sqlstate && SQLSTATE_LOST.has(sqlstate)) return "lost";
  const inner = e.meta?.driverAdapterError?.cause ?? e.cause;
  const nested = inner ? databaseOutage(inner, depth + 1) : null;
  if (nested) return nested;
  const message = typeof e.message === "string" ? e.message : "";
  // Prisma wraps the pool's plain errors in its own message text.
  if (MESSAGE_UNREACHABLE.test(message) || /Can't reach database server/i.test(message))
    return "unreachable";
  if (MESSAGE_LOST.test(message)) return "lost";
  return null;
}

/** Seconds a client should wait before retrying during an outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** What a person or a script is told; `write` when the request could have changed something. */
export function outageMessage(outage: Outage, write: boolean): string {
  if (outage === "lost" && write)
    return (
      "The connection to the database was lost while saving, so this may or may not have been " +
      "saved. Retrying the same request (with the same clientEventId) is safe."
    );
  return write
    ? "The database cannot be reached right now, so nothing was saved. Try again in a few seconds."
    : "The database cannot be reached right now. Try again in a few seconds.";
}
