// The relay of live changes (lib/live/relay.ts) against PostgreSQL, on a database of its own:
// the relay's lock is per database, and on the shared test database another test file's process
// may hold it. Here each "process" is a connection with the relay attached, and a third
// connection listens as every app process does. A change leaves a note only if it commits; each
// family is announced once per round however many notes it left; a relay that dies leaves its
// notes to the next, which takes over within a second.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { attachRelay, CLAIM_MS, SLOW_MS } from "@/lib/live/relay";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";

let database: TestDatabase;
const connections: pg.Client[] = [];
let writer: pg.Client;
const heard: string[] = [];

async function connect() {
  const client = new pg.Client({ connectionString: database.url });
  client.on("error", () => undefined); // the relay killed on purpose below
  await client.connect();
  connections.push(client);
  return client;
}

const pidOf = (client: pg.Client) => (client as unknown as { processID: number }).processID;

const notes = async () =>
  (await writer.query<{ n: number }>(`SELECT count(*)::int AS n FROM live_changes`)).rows[0]!.n;

async function family() {
  const id = randomUUID();
  await writer.query(
    `INSERT INTO families (id, name, "timeZone", "updatedAt") VALUES ($1, 'Relay', 'UTC', now())`,
    [id],
  );
  return id;
}

const addKid = (familyId: string, client = writer) =>
  client.query(
    `INSERT INTO family_members (id, "familyId", role, "displayName", "avatarEmoji", "avatarColor", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'CHILD', 'Kid', '🦊', '#c2410c', now())`,
    [familyId],
  );

beforeAll(async () => {
  // Direct, also in the pooler suite: the relay's lock and LISTEN need sessions of their own.
  database = await createTestDatabase(process.env.DATABASE_DIRECT_URL ?? process.env.DATABASE_URL);
  writer = await connect();
  const listener = await connect();
  listener.on("notification", (message) => heard.push(message.payload ?? ""));
  await listener.query("LISTEN family_change");
});

afterAll(async () => {
  await Promise.all(connections.map((c) => c.end().catch(() => undefined)));
  await database.drop();
});

describe("the relay of live changes", () => {
  it("finds a note only for a change that committed, and announces each family once", async () => {
    const [a, b] = [await family(), await family()];
    await writer.query("BEGIN");
    await addKid(a);
    await writer.query("ROLLBACK");
    expect(await notes()).toBe(0);
    // Three transactions for one family and one for another, while no relay runs.
    for (const id of [a, a, a, b]) await addKid(id);
    expect(await notes()).toBe(4);
    expect(heard).toEqual([]); // the triggers no longer notify by themselves

    const relay = await connect();
    const stop = attachRelay(relay);
    await vi.waitFor(() => expect(heard).toHaveLength(2), { timeout: 2_000 });
    expect([...heard].sort()).toEqual([a, b].sort());
    expect(await notes()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS * 2));
    expect(heard).toHaveLength(2); // nothing announced twice
    stop();
    await relay.end(); // its lock goes with its session
    heard.length = 0;
  });

  it("leaves a dead relay's notes to the next, which takes over within a second", async () => {
    const first = await connect();
    const second = await connect();
    const stopFirst = attachRelay(first);
    await vi.waitFor(async () => {
      const { rows } = await writer.query<{ pid: number }>(
        `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(rows.map((r) => r.pid)).toEqual([pidOf(first)]);
    });
    const stopSecond = attachRelay(second); // tries, and waits its turn
    const id = await family();
    await writer.query("SELECT pg_terminate_backend($1)", [pidOf(first)]);
    stopFirst();
    const died = performance.now();
    await addKid(id);
    await vi.waitFor(() => expect(heard).toContain(id), { timeout: CLAIM_MS * 3 });
    const ms = performance.now() - died;
    console.log(`[measure] relay taken over, waiting change announced after ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(CLAIM_MS + SLOW_MS + 500);
    expect(await notes()).toBe(0);
    stopSecond();
  });
});
