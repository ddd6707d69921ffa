// A fresh, migrated database for one test run: a new database on the server DATABASE_URL names,
// or, when it is unset, a throw-away embedded PostgreSQL server (the same server `npm start` runs,
// in a temporary directory deleted afterwards).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { deployMigrations } from "./migrations";

export type TestDatabase = {
  url: string;
  kind: "server" | "embedded";
  migrateMs: number;
  drop: () => Promise<void>;
};

async function onServer(serverUrl: string): Promise<Omit<TestDatabase, "migrateMs">> {
  const name = `family_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "server",
    async drop() {
      const client = new pg.Client({
        connectionString: serverUrl,
        connectionTimeoutMillis: 10_000,
      });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** `serverUrl`: the server to make it on (default DATABASE_URL; a direct URL behind a pooler). */
export async function createTestDatabase(
  serverUrl = process.env.DATABASE_URL,
): Promise<TestDatabase> {
  const database = serverUrl
    ? await onServer(serverUrl)
    : await startEmbeddedPostgres().then((embedded) => ({
        url: embedded.url,
        kind: "embedded" as const,
        drop: embedded.stop,
      }));
  const { durationMs } = await deployMigrations(database.url);
  return { ...database, migrateMs: durationMs };
}
