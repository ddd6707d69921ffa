// The embedded default's daily backup: one soon after start when the newest automatic backup is
// older than a day, then one a day while the app runs; the newest `keep` are kept.
import { join } from "node:path";
import {
  AUTOMATIC_PREFIX,
  automaticBackups,
  backupFileName,
  backupTo,
  pruneAutomaticBackups,
} from "./files";

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;
const FIRST_CHECK_AFTER_MS = 60 * 1000;

export type BackupSchedule = {
  /** Backs up now if one is due (what the timers call); resolves when done. */
  checkNow: () => Promise<void>;
  stop: () => Promise<void>;
};

export function scheduleDailyBackups(options: {
  url: string;
  directory: string;
  keep: number;
  log: (message: string) => void;
  now?: () => number;
}): BackupSchedule {
  const now = options.now ?? Date.now;
  let running: Promise<void> = Promise.resolve();
  const due = () => {
    const [newest] = automaticBackups(options.directory);
    return !newest || now() - newest.mtimeMs >= DAY_MS - FIRST_CHECK_AFTER_MS;
  };
  const tick = () => {
    running = running.then(async () => {
      if (!due()) return;
      const file = join(options.directory, backupFileName(AUTOMATIC_PREFIX, new Date(now())));
      try {
        const { bytes, durationMs } = await backupTo(options.url, file);
        const removed = pruneAutomaticBackups(options.directory, options.keep);
        options.log(
          `daily backup ${file} (${Math.round(bytes / 1024)} KB, ${Math.round(durationMs)} ms)` +
            (removed.length ? `; removed ${removed.length} older` : ""),
        );
      } catch (error) {
        options.log(
          `daily backup failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    return running;
  };
  const first = setTimeout(tick, FIRST_CHECK_AFTER_MS);
  const every = setInterval(tick, CHECK_EVERY_MS);
  first.unref();
  every.unref();
  return {
    checkNow: tick,
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
