// Moving a DATA_DIR made by the PGlite-based versions (≤ 0.1.0, data in DATA_DIR/pgdata) into the
// real PostgreSQL server, on the first start of this version (decision 009).
//
// PGlite's files are those of a 32-bit WASM build and no native server can open them, so the data
// travels as a backup: PGlite (installed on demand, the exact version that wrote the files) opens
// the old directory and writes a backup file in the usual format; a new cluster is created and the
// backup restored into it, every table's row count checked. Only then is the old directory renamed
// (kept, never deleted), so an interrupted conversion simply runs again on the next start.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import packageJson from "../../package.json" with { type: "json" };
import type { Queryable } from "./backup/catalog";
import { dumpDatabase } from "./backup/dump";
import { backupFileName } from "./backup/files";
import { loadBackup } from "./backup/restore-data-dir";
import {
  CLUSTER_DIR,
  PASSWORD_FILE,
  isInitialised,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "./embedded-postgres";

export const PGLITE_DIR = "pgdata";
/** The PGlite that every earlier version pinned: it reads the files it wrote. */
export const PGLITE_PACKAGE = "@electric-sql/pglite@0.4.6";

export function isPgliteDataDir(directory: string): boolean {
  return existsSync(join(directory, PGLITE_DIR, "PG_VERSION")) && !isInitialised(directory);
}

type PGliteInstance = Queryable & { close(): Promise<void> };
type PGliteModule = { PGlite: { create(dataDir?: string): Promise<PGliteInstance> } };

/**
 * Installs npm packages into `cacheDir` (once) and returns the folder of the first one. PGlite is
 * no dependency of the app any more; a folder beside the data gets it from the npm registry the
 * first time it is needed (as `npm install` did before).
 */
export function installReader(cacheDir: string, packages: string[] = [PGLITE_PACKAGE]): string {
  const name = packages[0]!.slice(0, packages[0]!.lastIndexOf("@"));
  const dir = join(cacheDir, "node_modules", name);
  const missing = packages.some(
    (spec) =>
      !existsSync(
        join(cacheDir, "node_modules", spec.slice(0, spec.lastIndexOf("@")), "package.json"),
      ),
  );
  if (missing) {
    mkdirSync(cacheDir, { recursive: true });
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const install = spawnSync(
      npm,
      [
        "install",
        "--prefix",
        cacheDir,
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        ...packages,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    if (install.status !== 0)
      throw new Error(
        `Could not install ${packages.join(" ")} to read the old database (npm said: ${install.stderr.trim().split("\n").slice(-3).join(" ")}). ` +
          `Your data is untouched; try again when the npm registry is reachable.`,
      );
  }
  return dir;
}

export async function loadPglite(cacheDir: string): Promise<PGliteModule> {
  const dir = installReader(cacheDir);
  return (await import(pathToFileURL(join(dir, "dist", "index.js")).href)) as PGliteModule;
}

/** Writes a backup of the PGlite data directory `pgdata` to `file`. */
export async function dumpPglite(pgdata: string, file: string, cacheDir: string) {
  const { PGlite } = await loadPglite(cacheDir);
  const db = await PGlite.create(pgdata);
  try {
    return await dumpDatabase(db, file, packageJson.version);
  } finally {
    await db.close();
  }
}

export async function convertPgliteDataDir(
  directory: string,
  log: (message: string) => void,
  options: { port?: number; cacheDir?: string } = {},
): Promise<EmbeddedPostgres> {
  const pgdata = join(directory, PGLITE_DIR);
  const backups = join(directory, "backups");
  mkdirSync(backups, { recursive: true, mode: 0o700 });
  const file = join(backups, backupFileName("pglite-conversion-"));
  log(`${pgdata} was made by an earlier version (PGlite): moving its data into PostgreSQL 17`);
  const cacheDir = options.cacheDir ?? join(directory, ".pglite-reader");
  const dumped = await dumpPglite(pgdata, file, cacheDir);
  const total = Object.values(dumped.rows).reduce((sum, n) => sum + n, 0);
  log(`read ${total} rows from PGlite into ${file} (${Math.round(dumped.durationMs)} ms)`);

  const server = await startEmbeddedPostgres({ directory, port: options.port, log });
  try {
    // The launcher deploys this build's migrations next, as on every start.
    await loadBackup(file, server.url);
  } catch (error) {
    // Leave the directory as it was: the old data, no half-made cluster. The next start retries.
    await server.stop();
    rmSync(join(directory, CLUSTER_DIR), { recursive: true, force: true });
    rmSync(join(directory, PASSWORD_FILE), { force: true });
    throw error;
  }
  const kept = join(directory, `${PGLITE_DIR}.pglite-converted`);
  renameSync(pgdata, kept);
  log(
    `converted; the old PGlite files are kept in ${kept} (delete them when you no longer need them)`,
  );
  // The reader was installed for this one conversion (a cache passed in is the caller's).
  if (!options.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  return server;
}
