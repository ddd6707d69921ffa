// An embedded PostgreSQL for a first run and for tests: PGlite (Postgres 17 compiled to WASM) served
// over the Postgres wire protocol, so the app, Prisma Migrate and the tests use exactly the same
// provider, adapter and migrations as with a real server (docs/decisions/003-embedded-postgres.md).
//
// It runs inside the calling Node process rather than as a `pglite-server` child: a child spawned
// that way leaves a grandchild behind on SIGTERM, and in-process there is nothing to orphan.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = {
  /** A connection string for Prisma, `pg` and psql. PGlite answers to any database name. */
  url: string;
  port: number;
  stop: () => Promise<void>;
};

export async function startEmbeddedPostgres(options: {
  /** A data directory to keep the database in; omitted = in memory, gone on stop. */
  dataDir?: string;
  /** 0 (the default) asks the OS for a free port. */
  port?: number;
}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    // PGlite runs one query at a time; the socket server queues statements from these connections.
    maxConnections: 20,
  });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing flushes the data directory; skipping it can leave the WAL needing recovery.
      await db.close();
    },
  };
}
