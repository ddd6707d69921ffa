// The health endpoint against a database that really goes away: stopped (connections refused),
// then a host that accepts connections and never answers, then back. No app restart in between.
import { createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

let database: EmbeddedPostgres;
let GET: (request: Request) => Promise<Response>;

beforeAll(async () => {
  database = await startEmbeddedPostgres({});
  // This file's own module graph: lib/env and lib/db read this URL on first use.
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "1500";
  ({ GET } = await import("@/app/api/health/route"));
});

afterAll(async () => {
  await database.stop();
});

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
    expect(body).toMatchObject({ status: "ok", database: "connected", environment: "test" });
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

    database = await startEmbeddedPostgres({ port });
    const back = await timedHealth();
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: "ok", database: "connected" });
  });

  it("never puts an error message or stack in its body", async () => {
    const { body } = await timedHealth();
    expect(Object.keys(body).sort()).toEqual(["database", "environment", "status", "version"]);
  });
});
