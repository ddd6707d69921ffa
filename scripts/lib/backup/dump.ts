// A consistent logical backup of the app's database: every table of the `public` schema read in
// one REPEATABLE READ READ ONLY transaction (one snapshot, so a check and the points it earned are
// either both in or both out), while the app keeps writing.
import { BackupWriter, FORMAT, FORMAT_VERSION, type BackupHeader, type Migration } from "./format";
import { tablesInLoadOrder, type Queryable } from "./catalog";

export type DumpResult = { rows: Record<string, number>; durationMs: number };

const BATCH = 1_000;

export async function dumpDatabase(
  db: Queryable,
  path: string,
  appVersion: string,
): Promise<DumpResult> {
  const started = performance.now();
  const writer = new BackupWriter(path);
  await db.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await tablesInLoadOrder(db);
    const { rows: version } = await db.query<{ server: string }>(
      "SELECT current_setting('server_version') AS server",
    );
    const { rows: migrations } = await db.query<Migration>(
      `SELECT migration_name AS name, checksum FROM public._prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY finished_at, migration_name`,
    );
    const header: BackupHeader = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      appVersion,
      server: `PostgreSQL ${version[0]!.server}`,
      migrations,
      tables: tables.map((t) => t.name),
    };
    await writer.line(JSON.stringify({ header }));

    const rows: Record<string, number> = {};
    for (const table of tables) {
      let count = 0;
      await writer.line(JSON.stringify({ table: table.name, columns: table.columns }));
      const order = table.primaryKey.map((c) => `t.${quote(c)}`).join(", ") || "1";
      await db.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR
         SELECT to_json(t)::text AS row FROM public.${quote(table.name)} t ORDER BY ${order}`,
      );
      for (;;) {
        const { rows: batch } = await db.query<{ row: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const { row } of batch) await writer.line(`{"row":${row}}`);
        count += batch.length;
        if (batch.length < BATCH) break;
      }
      rows[table.name] = count;
      await db.query("CLOSE backup_rows");
    }
    await db.query("COMMIT");
    await writer.finish(rows);
    return { rows, durationMs: performance.now() - started };
  } catch (error) {
    await db.query("ROLLBACK").catch(() => undefined);
    await writer.finish({}).catch(() => undefined);
    throw error;
  }
}

export function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
