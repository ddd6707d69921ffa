// `npm run restore -- FILE [--force]`: a backup into an empty DATA_DIR (or, with DATABASE_URL set,
// into the empty database it names). Verifies the whole file first; changes nothing when it is
// damaged. `--force` moves an existing embedded database aside instead of refusing.
import "dotenv/config";
import { resolve } from "node:path";
import { dataDir } from "./lib/database-in-use";
import { restoreIntoDataDir, restoreIntoServer } from "./lib/backup/restore-data-dir";

const log = (message: string) => console.error(`[restore] ${message}`);

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) {
    log("usage: npm run restore -- FILE [--force]");
    process.exit(2);
  }
  const path = resolve(file);
  const outcome = process.env.DATABASE_URL
    ? await restoreIntoServer(path, process.env.DATABASE_URL)
    : await restoreIntoDataDir(path, dataDir(), { force: args.includes("--force"), log });
  const total = Object.values(outcome.rows).reduce((sum, n) => sum + n, 0);
  log(
    `restored ${total} rows of ${Object.keys(outcome.rows).length} tables in ${Math.round(outcome.durationMs)} ms` +
      (process.env.DATABASE_URL ? "" : ` into ${dataDir()}`),
  );
  if (outcome.movedAside) log(`the previous database is kept in ${outcome.movedAside}`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
