// Backups as a self-hoster uses them: the demo family backed up from a running embedded server,
// restored into a fresh DATA_DIR and into an empty database on a server, every row equal; damaged
// files refused before anything changes; the daily schedule keeps the newest N.
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSecrets } from "@/prisma/demo-family";
import { seedDemoFamily } from "@/prisma/seed";
import { BackupFileError } from "@/scripts/lib/backup/format";
import { automaticBackups, backupTo } from "@/scripts/lib/backup/files";
import { restoreIntoDataDir, restoreIntoServer } from "@/scripts/lib/backup/restore-data-dir";
import { BACKUP_QUEUE, backupIfDue, scheduleDailyBackups } from "@/scripts/lib/backup/schedule";
import { until } from "@/lib/testing/until";
import { tableFingerprints } from "@/scripts/lib/backup/fingerprint";
import {
  isInitialised,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "@/scripts/lib/embedded-postgres";
import { deployMigrations } from "@/scripts/lib/migrations";
import { withClient } from "@/scripts/lib/pg-client";

const work = mkdtempSync(join(tmpdir(), "family-backup-test-"));
// Run as root, the servers run as `postgres`, who must be able to enter this folder.
chmodSync(work, 0o711);
let source: EmbeddedPostgres;
let backup: string;

beforeAll(async () => {
  source = await startEmbeddedPostgres({ directory: join(work, "source") });
  await deployMigrations(source.url);
  await seedDemoFamily(source.url, demoSecrets({}));
  backup = join(work, "demo.jsonl.gz");
  await backupTo(source.url, backup);
});

afterAll(async () => {
  await source.stop();
  rmSync(work, { recursive: true, force: true });
});

const fingerprints = (url: string) => withClient(url, tableFingerprints);

describe("backup → restore", () => {
  it("restores the demo family into a fresh DATA_DIR with every row of every table equal", async () => {
    const expected = await fingerprints(source.url);
    expect(expected.families!.rows).toBeGreaterThan(0);
    expect(expected.item_checks!.rows).toBeGreaterThan(100);

    // The seed left notes for the live pages' relay (none runs here): not family data, not kept.
    const notes = await withClient(source.url, (c) =>
      c.query<{ n: number }>("SELECT count(*)::int AS n FROM live_changes"),
    );
    expect(notes.rows[0]!.n).toBeGreaterThan(0);
    const [first] = gunzipSync(readFileSync(backup)).toString("utf8").split("\n", 1);
    const { header } = JSON.parse(first!) as { header: { tables: string[] } };
    expect(header.tables).toContain("item_checks");
    expect(header.tables).not.toContain("live_changes");

    const target = join(work, "restored");
    const outcome = await restoreIntoDataDir(backup, target);
    expect(outcome.rows.item_checks).toBe(expected.item_checks!.rows);

    const restored = await startEmbeddedPostgres({ directory: target });
    try {
      expect(await fingerprints(restored.url)).toEqual(expected);
    } finally {
      await restored.stop();
    }
  });

  it("restores into an empty database on a server (DATABASE_URL), and refuses a non-empty one", async () => {
    await withClient(source.adminUrl, (admin) => admin.query("CREATE DATABASE restored_here"));
    const url = source.url.replace(/\/family_routines$/, "/restored_here");

    await restoreIntoServer(backup, url);
    expect(await fingerprints(url)).toEqual(await fingerprints(source.url));
    await expect(restoreIntoServer(backup, url)).rejects.toThrow(/not empty/);
  });

  it("keeps a consistent snapshot while the app writes", async () => {
    // Families and their first member are written together, as sign-up does; a backup taken in
    // the middle of a stream of such writes must never hold a family without its member.
    const writer = new pg.Client({ connectionString: source.url });
    await writer.connect();
    let writing = true;
    const writes = (async () => {
      let n = 0;
      while (writing) {
        await writer.query("BEGIN");
        const { rows } = await writer.query<{ id: string }>(
          `INSERT INTO families (id, name, "timeZone", "updatedAt") VALUES (gen_random_uuid(), $1, 'UTC', now()) RETURNING id`,
          [`Snapshot ${n++}`],
        );
        await writer.query(
          `INSERT INTO family_members (id, "familyId", role, "displayName", "avatarEmoji", "avatarColor", "updatedAt")
           VALUES (gen_random_uuid(), $1, 'CHILD', 'Kid', '🐻', '#f59e0b', now())`,
          [rows[0]!.id],
        );
        await writer.query("COMMIT");
      }
      return n;
    })();
    const during = join(work, "during-writes.jsonl.gz");
    await new Promise((r) => setTimeout(r, 100));
    await backupTo(source.url, during);
    writing = false;
    expect(await writes).toBeGreaterThan(0);
    await writer.end();

    const lines = gunzipSync(readFileSync(during)).toString("utf8").trimEnd().split("\n");
    let table = "";
    const families = new Set<string>();
    const withMembers = new Set<string>();
    for (const line of lines) {
      const parsed = JSON.parse(line) as { table?: string; row?: Record<string, string> };
      if (parsed.table) table = parsed.table;
      if (parsed.row && table === "families") families.add(parsed.row.id!);
      if (parsed.row && table === "family_members") withMembers.add(parsed.row.familyId!);
    }
    const orphans = [...families].filter((id) => !withMembers.has(id));
    expect(orphans).toEqual([]);
  });
});

describe("a damaged backup", () => {
  const bytes = () => readFileSync(backup);
  const cases: [string, () => Buffer, RegExp][] = [
    ["truncated", () => bytes().subarray(0, Math.floor(bytes().length / 2)), /truncated/],
    [
      "corrupted in the middle",
      () => {
        const copy = Buffer.from(bytes());
        copy[Math.floor(copy.length / 2)]! ^= 0xff;
        return copy;
      },
      /not a usable backup/,
    ],
    [
      "edited (a valid gzip whose content changed)",
      () => gzipSync(gunzipSync(bytes()).toString("utf8").replace("Leo", "Lea")),
      /checksum does not match/,
    ],
    [
      "missing its last line",
      () => {
        const text = gunzipSync(bytes()).toString("utf8").trimEnd().split("\n");
        return gzipSync(`${text.slice(0, -1).join("\n")}\n`);
      },
      /ends before its last line/,
    ],
    ["not a backup at all", () => gzipSync('{"hello":"world"}\n'), /not start with/],
    ["not gzip", () => Buffer.from("select 1;\n"), /not a gzip file/],
  ];

  it.each(cases)(
    "%s: is refused with a clear message and the DATA_DIR stays empty",
    async (_, make, message) => {
      const file = join(work, `damaged-${Math.random().toString(36).slice(2)}.jsonl.gz`);
      writeFileSync(file, make());
      const target = join(work, `untouched-${Math.random().toString(36).slice(2)}`);
      const attempt = restoreIntoDataDir(file, target);
      await expect(attempt).rejects.toBeInstanceOf(BackupFileError);
      await expect(restoreIntoDataDir(file, target)).rejects.toThrow(message);
      expect(isInitialised(target)).toBe(false);
      expect(existsSync(join(target, "postgres17"))).toBe(false);
    },
  );

  it("is refused for a DATA_DIR that holds a database, unless --force (which moves it aside)", async () => {
    const target = join(work, "occupied");
    await restoreIntoDataDir(backup, target);
    await expect(restoreIntoDataDir(backup, target)).rejects.toThrow(/already holds a database/);
    const forced = await restoreIntoDataDir(backup, target, { force: true });
    expect(forced.movedAside).toMatch(/postgres17\.before-restore-/);
    expect(existsSync(join(forced.movedAside!, "PG_VERSION"))).toBe(true);
  });
});

describe("daily automatic backups", () => {
  it("make one when none is a day old, and keep the newest N", async () => {
    const directory = join(work, "auto");
    let now = Date.now();
    const options = { url: source.url, directory, keep: 2, log: () => undefined, now: () => now };
    expect(await backupIfDue(options)).not.toBeNull();
    expect(automaticBackups(directory)).toHaveLength(1);
    expect(await backupIfDue(options)).toBeNull(); // not due: the newest is minutes old
    expect(automaticBackups(directory)).toHaveLength(1);
    for (let day = 1; day <= 3; day++) {
      now += 24 * 60 * 60 * 1000;
      await backupIfDue(options);
    }
    expect(readdirSync(directory).filter((f) => f.startsWith("auto-"))).toHaveLength(2);
  });

  it("are jobs of the app's queue: made by a job, and a failed one is tried again", async () => {
    const directory = join(work, "queued");
    const lines: string[] = [];
    const schedule = await scheduleDailyBackups({
      url: source.url,
      directory,
      keep: 3,
      log: (line) => lines.push(line),
      schema: `pgboss_backup_${process.pid}`,
      firstAfterSeconds: 3600,
      retryDelaySeconds: 1,
    });
    try {
      const job = await schedule.queueNow();
      const done = await until(
        () => schedule.boss.getJobById(BACKUP_QUEUE, job),
        (j) => j?.state === "completed",
      );
      expect(done?.state).toBe("completed");
      expect(automaticBackups(directory)).toHaveLength(1);
      expect(await schedule.boss.getSchedules()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: BACKUP_QUEUE, cron: "23 * * * *" }),
        ]),
      );

      // The directory becomes a file: the backup cannot be written, the job fails and is retried.
      rmSync(directory, { recursive: true, force: true });
      writeFileSync(directory, "not a folder");
      const failing = await schedule.queueNow();
      const retried = await until(
        () => schedule.boss.getJobById(BACKUP_QUEUE, failing),
        (j) => (j?.retryCount ?? 0) >= 1,
      );
      expect(retried?.retryCount).toBeGreaterThanOrEqual(1);
      expect(lines.some((line) => line.startsWith("daily backup failed (tried again later)"))).toBe(
        true,
      );
      // Fixed before the retries run out: the next try makes the backup.
      rmSync(directory, { force: true });
      const fixed = await until(
        () => schedule.boss.getJobById(BACKUP_QUEUE, failing),
        (j) => j?.state === "completed" || j?.state === "failed",
      );
      expect(fixed?.state).toBe("completed");
      expect(automaticBackups(directory)).toHaveLength(1);
    } finally {
      await schedule.stop();
    }
  }, 60_000);
});
