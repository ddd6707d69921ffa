// The embedded server's life cycle as `npm start` lives it: killed without warning and started
// again with nothing lost, a server left behind by a killed launcher taken over, one launcher per
// DATA_DIR, the password file private.
import { spawn } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "@/scripts/lib/data-dir-lock";
import {
  PASSWORD_FILE,
  postmasterPid,
  startEmbeddedPostgres,
} from "@/scripts/lib/embedded-postgres";
import { withClient } from "@/scripts/lib/pg-client";

const work = mkdtempSync(join(tmpdir(), "family-embedded-test-"));
chmodSync(work, 0o711);
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  return withClient(url, async (client) => (await client.query<T>(sql)).rows);
}

function postmaster(directory: string): number {
  return postmasterPid(directory)!.pid;
}

describe("the embedded server", () => {
  it("listens on 127.0.0.1 only, in UTF-8, with its password in a file only its owner reads", async () => {
    const directory = join(work, "settings");
    const server = await startEmbeddedPostgres({ directory });
    try {
      const [row] = await query<{ listen: string; encoding: string; version: string }>(
        server.url,
        "SELECT current_setting('listen_addresses') AS listen, current_setting('server_encoding') AS encoding, current_setting('server_version_num') AS version",
      );
      expect(row).toEqual({
        listen: "127.0.0.1",
        encoding: "UTF8",
        version: expect.stringMatching(/^17/),
      });
      expect(statSync(join(directory, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
      await expect(
        query(server.url.replace(/:[^:@]+@/, ":wrong-password@"), "SELECT 1"),
      ).rejects.toThrow(/password authentication failed/);
    } finally {
      await server.stop();
    }
  });

  it("recovers after everything was killed (SIGKILL), with every committed row kept", async () => {
    const directory = join(work, "killed");
    const first = await startEmbeddedPostgres({ directory });
    await query(
      first.url,
      "CREATE TABLE kept (n int); INSERT INTO kept SELECT generate_series(1, 1000)",
    );
    process.kill(postmaster(directory), "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));

    const second = await startEmbeddedPostgres({ directory, port: first.port });
    try {
      expect(await query<{ count: string }>(second.url, "SELECT count(*) FROM kept")).toEqual([
        { count: "1000" },
      ]);
    } finally {
      await second.stop();
      await first.stop();
    }
  });

  it("takes over a server left running by a launcher that was killed", async () => {
    const directory = join(work, "orphan");
    const orphan = await startEmbeddedPostgres({ directory });
    await query(orphan.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)");
    const orphanPid = postmaster(directory);

    const next = await startEmbeddedPostgres({ directory });
    try {
      expect(postmaster(directory)).not.toBe(orphanPid);
      expect(await query<{ n: number }>(next.url, "SELECT n FROM kept")).toEqual([{ n: 1 }]);
    } finally {
      await next.stop();
      await orphan.stop();
    }
  });
});

describe("one npm start per DATA_DIR", () => {
  it("refuses a second launcher while the first runs, and takes over a dead one's lock", async () => {
    const directory = join(work, "locked");
    mkdirSync(directory);
    // Another launcher, alive: a process whose command line is that of `npm start`.
    const launcher = spawn(process.execPath, [
      "-e",
      "setTimeout(() => {}, 30000)",
      "scripts/start.ts",
    ]);
    try {
      writeFileSync(join(directory, "npm-start.pid"), `${launcher.pid}\n`);
      expect(() => lockDataDir(directory)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(directory)).toThrow(/already using/);
    } finally {
      launcher.kill();
    }

    writeFileSync(join(directory, "npm-start.pid"), "999999999\n");
    const release = lockDataDir(directory);
    expect(readFileSync(join(directory, "npm-start.pid"), "utf8").trim()).toBe(String(process.pid));
    release();
  });
});
