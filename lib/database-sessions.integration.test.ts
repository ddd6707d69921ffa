// What broke on the PGlite default, where every connection shared one Postgres session, as
// regression tests on whatever database the suite runs on (the embedded server or DATABASE_URL):
// session state stays on its connection, concurrent prepared statements never mix, NOTIFY reaches
// a listener on another connection.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const url = process.env.DATABASE_URL!;
const clients: pg.Client[] = [];

async function connection() {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  clients.push(client);
  return client;
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await db.$disconnect();
});

describe("database sessions", () => {
  it("keep session state to themselves: another client's search_path never reaches the app", async () => {
    // What pg_dump does first: an empty search_path on its own connection. On PGlite that made
    // every app query fail with "relation does not exist" until a restart.
    const tool = await connection();
    await tool.query("SELECT pg_catalog.set_config('search_path', '', false)");
    await tool.query("SET TimeZone = 'Pacific/Kiritimati'");
    await expect(db.family.count()).resolves.toBeGreaterThanOrEqual(0);
    const fresh = await connection();
    const { rows } = await fresh.query<{ path: string; zone: string }>(
      "SELECT current_setting('search_path') AS path, current_setting('TimeZone') AS zone",
    );
    expect(rows[0]!.path).toContain("public");
    expect(rows[0]!.zone).not.toBe("Pacific/Kiritimati");
    await expect(tool.query("SELECT count(*) FROM families")).rejects.toThrow(/does not exist/);
  });

  it("run prepared statements of 20 concurrent connections without mixing them", async () => {
    const connections = await Promise.all(Array.from({ length: 20 }, () => connection()));
    const results = await Promise.all(
      connections.map(async (client, c) => {
        const answers: number[] = [];
        for (let i = 0; i < 25; i++) {
          // Different statements with different numbers of parameters on every connection, all
          // through the extended protocol (parse/bind/execute), as Prisma sends them.
          const params = Array.from({ length: (c % 5) + 1 }, (_, p) => c * 1000 + i + p);
          const sql = `SELECT ${params.map((_, p) => `$${p + 1}::int`).join(" + ")} AS sum`;
          const { rows } = await client.query<{ sum: number }>({
            name: `sum_${params.length}`,
            text: sql,
            values: params,
          });
          answers.push(rows[0]!.sum - params.reduce((a, b) => a + b, 0));
        }
        return answers;
      }),
    );
    expect(results.flat().every((difference) => difference === 0)).toBe(true);
    expect(results.flat()).toHaveLength(500);
  });

  it("deliver NOTIFY from one connection to a LISTEN on another", async () => {
    const listener = await connection();
    const sender = await connection();
    const received = new Promise<string>((resolve) =>
      listener.on("notification", (message) => resolve(message.payload ?? "")),
    );
    await listener.query("LISTEN family_sessions_test");
    await sender.query("SELECT pg_notify('family_sessions_test', 'revoked')");
    const payload = await Promise.race([
      received,
      new Promise<string>((resolve) => setTimeout(() => resolve("(nothing within 2 s)"), 2_000)),
    ]);
    expect(payload).toBe("revoked");
  });
});
