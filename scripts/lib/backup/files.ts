// Where backups go and how many automatic ones are kept.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { withClient } from "../pg-client";
import packageJson from "../../../package.json" with { type: "json" };
import { dumpDatabase, type DumpResult } from "./dump";

export const AUTOMATIC_PREFIX = "auto-";

export function timestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "")
    .replaceAll("-", "");
}

export function backupFileName(prefix = "family-routines-", date = new Date()): string {
  return `${prefix}${timestamp(date)}.jsonl.gz`;
}

/**
 * Backs the database at `url` up into `path`. The file appears under its name only once complete
 * (written as `.partial`, then renamed), so a crash or a full disk never leaves a half backup that
 * looks like a whole one.
 */
export async function backupTo(url: string, path: string): Promise<DumpResult & { bytes: number }> {
  const partial = `${path}.partial`;
  try {
    const result = await withClient(url, (client) =>
      dumpDatabase(client, partial, packageJson.version),
    );
    renameSync(partial, path);
    return { ...result, bytes: statSync(path).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Automatic backups, newest first (their names are timestamps). */
export function automaticBackups(directory: string): { file: string; mtimeMs: number }[] {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  return readdirSync(directory)
    .filter((name) => name.startsWith(AUTOMATIC_PREFIX) && name.endsWith(".jsonl.gz"))
    .map((name) => ({
      file: join(directory, name),
      mtimeMs: statSync(join(directory, name)).mtimeMs,
    }))
    .sort((a, b) => (a.file < b.file ? 1 : -1));
}

/** Deletes automatic backups beyond the newest `keep`; backups made by hand are never touched. */
export function pruneAutomaticBackups(directory: string, keep: number): string[] {
  const removed = automaticBackups(directory)
    .slice(keep)
    .map(({ file }) => file);
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}
