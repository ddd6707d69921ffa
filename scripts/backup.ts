// `npm run backup [-- --out FILE]`: a consistent backup of the database in use (DATABASE_URL, or
// the embedded server of DATA_DIR, running or not) while the app keeps running.
import "dotenv/config";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { backupFileName, backupTo } from "./lib/backup/files";
import { dataDir, databaseInUse } from "./lib/database-in-use";

const log = (message: string) => console.error(`[backup] ${message}`);

async function main() {
  const outArg = process.argv.indexOf("--out");
  const out = resolve(
    outArg > 0 ? process.argv[outArg + 1]! : join(dataDir(), "backups", backupFileName()),
  );
  // Backups hold everything the family entered: readable by this user only.
  mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
  const database = await databaseInUse(log);
  try {
    const { rows, bytes, durationMs } = await backupTo(database.url, out);
    const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
    log(
      `${total} rows of ${Object.keys(rows).length} tables (${database.kind} database) in ${Math.round(durationMs)} ms, ${Math.round(bytes / 1024)} KB`,
    );
    console.log(out);
  } finally {
    await database.release();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
