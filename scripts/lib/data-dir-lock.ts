// One `npm start` per DATA_DIR. Two launchers on one cluster would fight over its server (the
// second would stop the first one's "leftover" PostgreSQL), so the second refuses, clearly.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commandLine, isAlive } from "./pids";

const LOCK_FILE = "npm-start.pid";

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

/** A live launcher, not a process that later got the same pid (after a reboot, say). */
function running(pid: number): boolean {
  // Without /proc (macOS) the pid is trusted.
  return isAlive(pid) && (commandLine(pid)?.includes("scripts/") ?? true);
}

/** Takes the lock (atomically) or throws DataDirInUseError; returns the release function. */
export function lockDataDir(directory: string): () => void {
  const file = join(directory, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
      return () => {
        if (readPid(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readPid(file);
      if (holder !== undefined && holder !== process.pid && running(holder))
        throw new DataDirInUseError(
          `Another npm start (pid ${holder}) is already using ${directory}. ` +
            `Stop it first, or give this one its own DATA_DIR.`,
        );
      // Left by a launcher that was killed: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock ${directory}: another npm start is starting.`);
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
