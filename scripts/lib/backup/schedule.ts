// The embedded default's daily backup, a job of the app's queue (pg-boss, issue 19; decision 021):
// pg-boss's cron makes one "embedded-backup" job an hour and the launcher sends one a minute after
// start; the job backs up when the newest automatic backup is about a day old, and a backup that
// fails (a full disk) throws, so pg-boss tries it again with backoff and keeps the job's record.
// The launcher works the queue: it is the process that owns DATA_DIR, where backups are written.
// The newest `keep` are kept.
import { join } from "node:path";
import type PgBoss from "pg-boss";
import { startBoss } from "../../../lib/jobs/boss";
import {
  AUTOMATIC_PREFIX,
  automaticBackups,
  backupFileName,
  backupTo,
  pruneAutomaticBackups,
} from "./files";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A backup counts as a day old this much early, so the hourly job never slips a day. */
const SLACK_MS = 60 * 60 * 1000;

export const BACKUP_QUEUE = "embedded-backup";

export type BackupOptions = {
  url: string;
  directory: string;
  keep: number;
  log: (message: string) => void;
  now?: () => number;
};

/**
 * When a backup was made: the time in its name (written by this clock), else its file's time. A
 * copied folder gets new file times, and a test's clock may not be the file system's.
 */
function madeAt(backup: { file: string; mtimeMs: number }): number {
  const stamp = /auto-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.jsonl\.gz$/.exec(backup.file);
  if (!stamp) return backup.mtimeMs;
  const [, y, mo, d, h, mi, se] = stamp.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, se!);
}

/** Backs up when the newest automatic backup is a day old; its file, or null when not due. */
export async function backupIfDue(options: BackupOptions): Promise<string | null> {
  const now = options.now ?? Date.now;
  const [newest] = automaticBackups(options.directory);
  if (newest && now() - madeAt(newest) < DAY_MS - SLACK_MS) return null;
  const file = join(options.directory, backupFileName(AUTOMATIC_PREFIX, new Date(now())));
  const { bytes, durationMs } = await backupTo(options.url, file);
  const removed = pruneAutomaticBackups(options.directory, options.keep);
  options.log(
    `daily backup ${file} (${Math.round(bytes / 1024)} KB, ${Math.round(durationMs)} ms)` +
      (removed.length ? `; removed ${removed.length} older` : ""),
  );
  return file;
}

export type BackupSchedule = {
  /** Queues a backup check now (tests; the cron does it hourly); the job's id. */
  queueNow: () => Promise<string>;
  boss: PgBoss;
  stop: () => Promise<void>;
};

/**
 * Starts the queue client and works the backup queue. `schema`: pg-boss's schema ("pgboss", the
 * app's; tests use their own). `firstAfterSeconds`: the check soon after start.
 */
export async function scheduleDailyBackups(
  options: BackupOptions & {
    schema?: string;
    firstAfterSeconds?: number;
    retryDelaySeconds?: number;
  },
): Promise<BackupSchedule> {
  const boss = await startBoss({ connectionString: options.url, schema: options.schema });
  const queue = {
    name: BACKUP_QUEUE,
    retryLimit: 3,
    retryDelay: options.retryDelaySeconds ?? 60,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
  };
  await boss.createQueue(BACKUP_QUEUE, queue);
  await boss.updateQueue(BACKUP_QUEUE, queue);
  await boss.schedule(BACKUP_QUEUE, "23 * * * *");
  await boss.work(BACKUP_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    try {
      await backupIfDue(options);
    } catch (error) {
      options.log(
        `daily backup failed (tried again later): ${error instanceof Error ? error.message : String(error)}`,
      );
      throw error;
    }
  });
  await boss.send(BACKUP_QUEUE, {}, { startAfter: options.firstAfterSeconds ?? 60 });
  return {
    boss,
    queueNow: async () => (await boss.send(BACKUP_QUEUE, {}))!,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
