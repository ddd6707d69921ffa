// A PgBouncer in transaction mode in front of a PostgreSQL server, for the pooler suite of
// `npm test` (issue 22): the way managed PostgreSQL is usually reached (Supabase, Neon, a
// PgBouncer of one's own). Debian's `pgbouncer` package; PGBOUNCER_PATH points at another.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function findPgBouncer(): string | undefined {
  const candidates = [process.env.PGBOUNCER_PATH, "/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export type PgBouncer = {
  /** `serverUrl` with its host and port replaced by the pooler's. */
  pooled: (serverUrl: string) => string;
  stop: () => Promise<void>;
};

/** Starts a PgBouncer (transaction mode) for every database of the server `serverUrl` names. */
export async function startPgBouncer(binary: string, serverUrl: string): Promise<PgBouncer> {
  const server = new URL(serverUrl);
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), "family-pgbouncer-"));
  const login = [
    `user=${decodeURIComponent(server.username) || "postgres"}`,
    ...(server.password ? [`password=${decodeURIComponent(server.password)}`] : []),
  ].join(" ");
  const config = join(directory, "pgbouncer.ini");
  writeFileSync(
    config,
    [
      "[databases]",
      // Any database name the client asks for, on that server, as that user: the suite's fresh
      // database gets its own pool.
      `* = host=${server.hostname} port=${server.port || 5432} ${login}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      // Clients are the suite on this machine only (127.0.0.1); the server checks the login.
      "auth_type = any",
      "pool_mode = transaction",
      "max_client_conn = 1000",
      "default_pool_size = 20",
      // As hosted poolers do: these startup parameters are accepted and not passed on.
      "ignore_startup_parameters = extra_float_digits,options,application_name",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  // PgBouncer refuses to run as root: as root (CI) it drops to `nobody`, who must read its file.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const nobody = Number(execFileSync("id", ["-u", "nobody"]).toString().trim());
    chownSync(directory, nobody, -1);
    chownSync(config, nobody, -1);
  }
  chmodSync(directory, 0o700);
  const child: ChildProcess = spawn(binary, [...(asRoot ? ["-u", "nobody"] : []), config], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  for (let waited = 0; !(await answers(port)); waited += 100) {
    if (child.exitCode !== null || waited > 10_000) {
      child.kill();
      rmSync(directory, { recursive: true, force: true });
      throw new Error(`PgBouncer did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pooled(url) {
      const pooled = new URL(url);
      pooled.hostname = "127.0.0.1";
      pooled.port = String(port);
      return pooled.toString();
    },
    async stop() {
      if (child.exitCode === null) {
        const gone = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await gone;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
