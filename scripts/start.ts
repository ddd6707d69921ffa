// `npm start` / `npm run dev`: one command from a fresh clone to a running app.
//
// With DATABASE_URL set, the app uses that Postgres as it is (run `npm run db:deploy` yourself).
// Without it, this process runs an embedded PostgreSQL 17 server on DATA_DIR (127.0.0.1 only),
// applies the migrations, seeds the demo family into a new database, backs it up daily, builds when
// the build is missing or stale, and runs Next as a child. It owns both: Ctrl-C or SIGTERM stops
// Next first, then PostgreSQL (fast shutdown), and nothing is left running. One launcher per
// DATA_DIR: a second one refuses.
import "dotenv/config";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { scheduleDailyBackups, type BackupSchedule } from "./lib/backup/schedule";
import { hasCurrentBuild, productionBuild } from "./lib/build-state";
import { lockDataDir } from "./lib/data-dir-lock";
import { smallMachineDefaults } from "./lib/small-machine";
import { dataDir } from "./lib/database-in-use";
import { deployMigrations } from "./lib/migrations";
import {
  CLUSTER_DIR,
  isInitialised,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "./lib/embedded-postgres";
import { convertPgliteDataDir, isPgliteDataDir } from "./lib/pglite-conversion";
import { NEXT_BIN, PRISMA_BIN, binPath, exited, runNode, runScript } from "./lib/processes";
import { demoParents, demoSecrets } from "../prisma/demo-family";
import { DEMO_LOGINS_FILE, writeDemoLogins } from "./lib/demo-logins";
import { homeNetworkAddresses } from "./lib/network";

const root = resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (message: string) => console.log(`[start] ${message}`);

let database: Promise<EmbeddedPostgres> | undefined;
let backups: BackupSchedule | undefined;
let unlockDataDir: (() => void) | undefined;
let next: ChildProcess | undefined;
let stopping = false;

let stopped: Promise<never> | undefined;

/** Stops Next, then PostgreSQL, then exits. A second Ctrl-C waits for the first one's shutdown. */
function stop(code: number): Promise<never> {
  stopped ??= (async () => {
    stopping = true;
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      const timer = setTimeout(() => next?.kill("SIGKILL"), 10_000);
      await exited(next);
      clearTimeout(timer);
    }
    await backups?.stop();
    // A server still starting is waited for, so a Ctrl-C during start leaves no PostgreSQL behind.
    const server = await database?.catch(() => undefined);
    if (server) {
      log("closing the embedded database");
      await server.stop();
    }
    unlockDataDir?.();
    process.exit(code);
  })();
  return stopped;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void stop(0));
}

async function prepareEmbeddedDatabase(env: NodeJS.ProcessEnv) {
  const directory = dataDir();
  // Everything in DATA_DIR is the family's: the database, its password, backups, the session
  // secret. Nobody else on this computer may read it (an older version made it 0755).
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  chmodSync(directory, 0o700);
  unlockDataDir = lockDataDir(directory);
  const fromPglite = isPgliteDataDir(directory);
  const isNew = !isInitialised(directory) && !fromPglite;
  const started = performance.now();
  const port = Number(process.env.EMBEDDED_DATABASE_PORT ?? 0);
  const starting = fromPglite
    ? convertPgliteDataDir(directory, log, { port })
    : startEmbeddedPostgres({ directory, port, log });
  database = starting;
  const server = await starting;
  if (stopping) return;
  log(
    `embedded PostgreSQL 17 on 127.0.0.1:${server.port}, data in ${join(directory, CLUSTER_DIR)} (${Math.round(performance.now() - started)} ms); connection string: npm run db:url`,
  );
  env.DATABASE_URL = server.url;

  const migrate = await deployMigrations(server.url);
  log(`migrations deployed (${Math.round(migrate.durationMs)} ms)`);

  if (isNew) {
    const secrets = demoSecrets();
    const seed = await runScript("prisma/seed.ts", [], {
      env: {
        ...process.env,
        DATABASE_URL: server.url,
        DEMO_PASSWORD: secrets.password,
        DEMO_KID_PIN: secrets.pin,
      },
    });
    if (seed.code !== 0) throw new Error("seeding the demo family failed (output above)");
    const file = writeDemoLogins(directory, secrets);
    log(
      `demo family ready: sign in as ${demoParents[0].email} with the password ${secrets.password} ` +
        `(shown only now; kept in ${file}, with Leo's PIN)`,
    );
  } else if (existsSync(join(directory, DEMO_LOGINS_FILE))) {
    log(`demo family logins: ${join(directory, DEMO_LOGINS_FILE)}`);
  }

  const keep = backupsToKeep();
  if (keep > 0) {
    backups = await scheduleDailyBackups({
      url: server.url,
      directory: join(directory, "backups"),
      keep,
      log,
    });
  }
}

/** BACKUP_KEEP: how many daily backups to keep (default 7); 0 turns them off. */
function backupsToKeep(): number {
  const value = process.env.BACKUP_KEEP?.trim() || "7";
  if (!/^\d+$/.test(value))
    throw new Error(
      `BACKUP_KEEP must be a whole number (0 turns daily backups off), not "${value}"`,
    );
  return Number(value);
}

// A first run needs a session secret nobody has to invent: made once, kept beside the data,
// readable by this user only. With DATABASE_URL set (a real deployment) production needs an
// explicit AUTH_SECRET and the app refuses to start without one.
function localAuthSecret(): string {
  const file = join(dataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log(`created a session secret in ${file}`);
  return secret;
}

async function build(env: NodeJS.ProcessEnv) {
  log("no current production build: building (about 25 s the first time)");
  const result = await productionBuild(root, env);
  if (result.code !== 0) throw new Error("next build failed (output above)");
  log(`built in ${Math.round(result.durationMs / 1000)} s`);
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!existsSync(resolve(root, "lib/generated/prisma/client.ts"))) {
    const generate = await runNode(PRISMA_BIN, ["generate"], { env, cwd: root });
    if (generate.code !== 0) throw new Error("prisma generate failed");
  }

  // The build needs no database: it runs while the database starts, migrates and is seeded
  // (a first start on 2 cores: ≈ 25 s instead of ≈ 32 s).
  const building = dev || hasCurrentBuild(root) ? undefined : build(env);
  // Handled below; until then a failing build must not end the process past stop().
  building?.catch(() => undefined);
  if (env.DATABASE_URL) {
    log("using the database in DATABASE_URL");
  } else {
    await prepareEmbeddedDatabase(env);
    if (stopping) return;
  }
  if (!env.AUTH_SECRET && (dev || !process.env.DATABASE_URL)) env.AUTH_SECRET = localAuthSecret();
  await building;
  if (stopping) return;

  // Addresses the app hands out (calendar feeds) are built from PUBLIC_URL, never from a
  // request's Host header; at home, without one, it is this computer on the home network.
  if (!env.PUBLIC_URL) {
    const [address] = homeNetworkAddresses();
    env.PUBLIC_URL = `http://${address ?? "localhost"}:${port}`;
  }
  const mode = dev ? "dev" : "start";
  next = spawn(process.execPath, [binPath(NEXT_BIN), mode, "--port", String(port)], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...env,
      // Not for `next dev`, whose compiler needs the memory, nor for the build above.
      ...(dev || process.env.DATABASE_URL ? {} : smallMachineDefaults()),
      NODE_ENV: dev ? "development" : "production",
    },
  });
  log(`app on http://localhost:${port}`);
  const addresses = homeNetworkAddresses();
  if (addresses.length > 0) {
    const urls = addresses.map((address) => `http://${address}:${port}/tablet`).join(" or ");
    log(`on the family tablet (same Wi-Fi as this computer), open ${urls}`);
  } else {
    log("this computer has no network address but its own: a tablet cannot reach the app yet");
  }
  const code = await exited(next);
  if (!stopping) await stop(code);
}

main().catch(async (error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
