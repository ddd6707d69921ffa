// Applies the committed migrations with `prisma migrate deploy`, skipping the call when the database
// already has every one of them: on PGlite the WASM schema engine needs ~10 s even for "nothing to
// do", and that would be paid on every start.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { PRISMA_BIN, runNode } from "./processes";

const root = resolve(import.meta.dirname, "../..");

function committedMigrations(): string[] {
  return readdirSync(resolve(root, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function appliedMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS name");
    if (!table.rows[0]?.name) return [];
    const result = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return result.rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

/** Brings the database at `url` up to date. Returns how long it took and whether anything ran. */
export async function deployMigrations(url: string): Promise<{ ran: boolean; durationMs: number }> {
  const started = performance.now();
  const applied = new Set(await appliedMigrations(url));
  if (committedMigrations().every((name) => applied.has(name))) {
    return { ran: false, durationMs: performance.now() - started };
  }
  const result = await runNode(PRISMA_BIN, ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    quiet: true,
  });
  if (result.code !== 0) throw new Error("prisma migrate deploy failed (output above)");
  return { ran: true, durationMs: performance.now() - started };
}
