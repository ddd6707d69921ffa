// `npm run restore FILE`: into an empty DATA_DIR (a new embedded cluster), or into the empty
// database DATABASE_URL names. The file is verified completely before anything changes; a failed
// restore leaves the DATA_DIR as it found it.
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { withClient } from "../pg-client";
import { lockDataDir } from "../data-dir-lock";
import {
  CLUSTER_DIR,
  PASSWORD_FILE,
  isInitialised,
  startEmbeddedPostgres,
} from "../embedded-postgres";
import { deployMigrations } from "../migrations";
import type { BackupSummary } from "./format";
import { timestamp } from "./files";
import { RestoreError, restoreDatabase, verifyBackup } from "./restore";

const root = resolve(import.meta.dirname, "../../..");
export const MIGRATIONS_DIR = join(root, "prisma", "migrations");

export type RestoreOutcome = {
  rows: Record<string, number>;
  durationMs: number;
  movedAside?: string;
};

export async function restoreIntoDataDir(
  file: string,
  directory: string,
  options: { force?: boolean; log?: (m: string) => void } = {},
): Promise<RestoreOutcome> {
  const log = options.log ?? (() => undefined);
  // Read through once before anything changes; the load below trusts this answer.
  const verified = await verifyBackup(file, MIGRATIONS_DIR);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const unlock = lockDataDir(directory);
  let movedAside: string | undefined;
  try {
    if (isInitialised(directory)) {
      if (!options.force)
        throw new RestoreError(
          `${directory} already holds a database. Restore into an empty DATA_DIR, or add --force to move the current database aside (nothing is deleted).`,
        );
      movedAside = join(directory, `${CLUSTER_DIR}.before-restore-${timestamp()}`);
      renameSync(join(directory, CLUSTER_DIR), movedAside);
      renameSync(join(directory, PASSWORD_FILE), join(movedAside, PASSWORD_FILE));
      log(`moved the current database aside to ${movedAside}`);
    }
    const server = await startEmbeddedPostgres({ directory, log });
    try {
      return { ...(await restoreIntoServer(file, server.url, verified)), movedAside };
    } catch (error) {
      await server.stop();
      rmSync(join(directory, CLUSTER_DIR), { recursive: true, force: true });
      rmSync(join(directory, PASSWORD_FILE), { force: true });
      if (movedAside) {
        renameSync(join(movedAside, PASSWORD_FILE), join(directory, PASSWORD_FILE));
        renameSync(movedAside, join(directory, CLUSTER_DIR));
        movedAside = undefined;
      }
      throw error;
    } finally {
      await server.stop();
    }
  } finally {
    unlock();
  }
}

/** The backup's schema and rows into the empty database at `url`; the schema stays the backup's. */
export async function loadBackup(
  file: string,
  url: string,
  verified?: BackupSummary,
): Promise<RestoreOutcome> {
  const { rows, durationMs } = await withClient(url, (client) =>
    restoreDatabase(file, client, MIGRATIONS_DIR, verified),
  );
  return { rows, durationMs };
}

/** A backup into the empty database at `url`, brought up to this build's migrations. */
export async function restoreIntoServer(
  file: string,
  url: string,
  verified?: BackupSummary,
): Promise<RestoreOutcome> {
  const outcome = await loadBackup(file, url, verified);
  await deployMigrations(url);
  return outcome;
}
