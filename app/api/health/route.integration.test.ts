// The health endpoint against a database that really goes away: stopped (connections refused),
// then a host that accepts connections and never answers, then back. No app restart in between.
// And against one that answers but is unusable: the app's tables gone, or migrations missing.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { deployMigrations } from "@/scripts/lib/migrations";
import { withClient } from "@/scripts/lib/pg-client";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

let database: EmbeddedPostgres;
let GET: (request: Request) => Promise<Response>;
const directory = mkdtempSync(join(tmpdir(), "family-health-"));

beforeAll(async () => {
  database = await startEmbeddedPostgres({ directory });
  await deployMigrations(database.url);
  // This file's own module graph: lib/env and lib/db read this URL on first use.
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "1500";
  ({ GET } = await import("@/app/api/health/route"));
});

afterAll(async () => {
  await database.stop();
  rmSync(directory, { recursive: true, force: true });
});

const sql = (statement: string) => withClient(database.url, (client) => client.query(statement));

async function timedHealth() {
  const started = performance.now();
  const response = await GET(new Request("http://localhost/api/health"));
  return { status: response.status, body: await response.json(), ms: performance.now() - started };
}

/** Accepts TCP connections and never says a word, like a database host that hangs. */
async function blackHole(port: number) {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("GET /api/health", () => {
  it("is 200 with the database connected", async () => {
    const { status, body } = await timedHealth();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "ok",
      database: "connected",
      schema: "current",
      environment: "test",
    });
  });

  it("is 503 within 3 s when the database is stopped, and 200 again when it is back", async () => {
    const port = database.port;
    await database.stop();

    const refused = await timedHealth();
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ status: "degraded", database: "unreachable" });
    expect(refused.ms).toBeLessThan(3_000);

    const hole = await blackHole(port);
    const hanging = await timedHealth();
    expect(hanging.status).toBe(503);
    expect(hanging.ms).toBeLessThan(3_000);
    await hole.close();

    database = await startEmbeddedPostgres({ directory, port });
    const back = await timedHealth();
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: "ok", database: "connected" });
  });

  it("never puts an error message or stack in its body", async () => {
    const { body } = await timedHealth();
    expect(Object.keys(body).sort()).toEqual([
      "database",
      "environment",
      "schema",
      "status",
      "version",
    ]);
  });

  it("is 503 when the newest migration is missing, and when the app's tables are gone", async () => {
    await sql(
      "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)",
    );
    const outdated = await timedHealth();
    expect(outdated.status).toBe(503);
    expect(outdated.body).toMatchObject({ status: "degraded", schema: "outdated" });
    await sql("UPDATE _prisma_migrations SET rolled_back_at = NULL");
    expect((await timedHealth()).status).toBe(200);

    // What a broken restore or a wrong database looks like: connected, but nothing of the app.
    await sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    const missing = await timedHealth();
    expect(missing.status).toBe(503);
    expect(missing.body).toMatchObject({
      status: "degraded",
      database: "connected",
      schema: "missing",
    });
  });
});
