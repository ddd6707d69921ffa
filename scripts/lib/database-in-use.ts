// The database the app uses: DATABASE_URL when set, else the embedded server of DATA_DIR. Used by
// the tools that run beside the app (backup, db:url), which must find the running server rather
// than start a second one on the same files.
import { resolve } from "node:path";
import { lockDataDir } from "./data-dir-lock";
import { isAlive } from "./pids";
import {
  connectionUrl,
  postmasterPid,
  isInitialised,
  readPassword,
  startEmbeddedPostgres,
} from "./embedded-postgres";

const root = resolve(import.meta.dirname, "../..");

export function dataDir(): string {
  return resolve(root, process.env.DATA_DIR || ".data");
}

/** The URL of the embedded server running on DATA_DIR, from its postmaster.pid; else undefined. */
export function runningEmbeddedUrl(directory = dataDir()): string | undefined {
  const server = postmasterPid(directory);
  const password = readPassword(directory);
  if (!server || !password || !isAlive(server.pid)) return undefined;
  return connectionUrl(password, server.port);
}

export type DatabaseInUse = {
  url: string;
  kind: "server" | "embedded";
  release: () => Promise<void>;
};

/** Connects to the database in use; starts the embedded server for the call if it is not up. */
export async function databaseInUse(log: (m: string) => void): Promise<DatabaseInUse> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, kind: "server", release: async () => undefined };
  const directory = dataDir();
  const running = runningEmbeddedUrl(directory);
  if (running) return { url: running, kind: "embedded", release: async () => undefined };
  if (!isInitialised(directory))
    throw new Error(
      `There is no database in ${directory} yet: run npm start once, or set DATA_DIR.`,
    );
  const unlock = lockDataDir(directory);
  try {
    const server = await startEmbeddedPostgres({ directory, log });
    return {
      url: server.url,
      kind: "embedded",
      release: async () => {
        await server.stop();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
