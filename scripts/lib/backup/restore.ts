// Loads a verified backup into an empty database: the schema as it was when the backup was made
// (the same migrations, applied from this build's prisma/migrations), then every row, in one
// transaction. Afterwards the caller runs `prisma migrate deploy`, which brings the schema from the
// backup's version up to this build's, exactly as on any upgrade.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { quote } from "./dump";
import { tablesInLoadOrder, type Queryable } from "./catalog";
import { BackupFileError, readBackup, type BackupSummary } from "./format";

const BATCH = 500;

// The table `prisma migrate` keeps its history in, as Prisma creates it.
const PRISMA_MIGRATIONS_TABLE = `
  CREATE TABLE public._prisma_migrations (
    id                  VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum            VARCHAR(64) NOT NULL,
    finished_at         TIMESTAMPTZ,
    migration_name      VARCHAR(255) NOT NULL,
    logs                TEXT,
    rolled_back_at      TIMESTAMPTZ,
    started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count INTEGER NOT NULL DEFAULT 0
  )`;

export class RestoreError extends Error {
  override name = "RestoreError";
}

/** Reads the whole file and checks it against this build's migrations; changes nothing. */
export async function verifyBackup(path: string, migrationsDir: string): Promise<BackupSummary> {
  const summary = await readBackup(path);
  for (const { name, checksum } of summary.header.migrations) {
    const file = join(migrationsDir, name, "migration.sql");
    if (!existsSync(file))
      throw new BackupFileError(
        `${path} was made by a newer version of the app (it has the migration ${name}, which this version does not know). Update the app, then restore. Nothing was changed.`,
      );
    const ours = createHash("sha256").update(readFileSync(file)).digest("hex");
    if (ours !== checksum)
      throw new BackupFileError(
        `${path} was made with a different migration ${name} than this version's. Nothing was changed.`,
      );
  }
  return summary;
}

export async function isEmptyDatabase(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`,
  );
  return rows[0]!.count === "0";
}

export async function restoreDatabase(
  path: string,
  db: Queryable,
  migrationsDir: string,
  /** What verifyBackup() returned for this file, when the caller already read it through. */
  verified?: BackupSummary,
): Promise<BackupSummary & { durationMs: number }> {
  const started = performance.now();
  const summary = verified ?? (await verifyBackup(path, migrationsDir));
  if (!(await isEmptyDatabase(db)))
    throw new RestoreError("The target database is not empty: restore only into an empty one.");

  await db.query("BEGIN");
  try {
    // The rows are history, not news: the outbox's triggers stay quiet (migration
    // outbox_and_webhooks), or every old check would be delivered to the webhooks again.
    await db.query("SET LOCAL family_routines.restoring = 'on'");
    await db.query(PRISMA_MIGRATIONS_TABLE);
    for (const { name } of summary.header.migrations)
      await db.query(readFileSync(join(migrationsDir, name, "migration.sql"), "utf8"));
    const known = new Map((await tablesInLoadOrder(db)).map((t) => [t.name, t]));

    let table = "";
    let columns: string[] = [];
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const list = columns.map(quote).join(", ");
      await db.query(
        `INSERT INTO public.${quote(table)} (${list})
         SELECT ${list} FROM json_populate_recordset(NULL::public.${quote(table)}, $1::json)`,
        [JSON.stringify(batch)],
      );
      batch = [];
    };
    await readBackup(path, async (event) => {
      if (event.kind === "table") {
        await flush();
        const target = known.get(event.table);
        if (!target) throw new RestoreError(`The schema has no table ${event.table}.`);
        table = event.table;
        columns = event.columns.filter((c) => target.columns.includes(c));
      } else {
        batch.push(event.row);
        if (batch.length >= BATCH) await flush();
      }
    });
    await flush();

    for (const [name, count] of Object.entries(summary.rows)) {
      const { rows } = await db.query<{ count: string }>(
        `SELECT count(*)::text AS count FROM public.${quote(name)}`,
      );
      if (Number(rows[0]!.count) !== count)
        throw new RestoreError(`Restored ${rows[0]!.count} rows of ${name}, expected ${count}.`);
    }
    await db.query("COMMIT");
  } catch (error) {
    await db.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return { ...summary, durationMs: performance.now() - started };
}
