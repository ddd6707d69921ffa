// Background work in integration tests (issue 19): runners on a pg-boss schema of the test file's
// own, apart from any app server's and from parallel test files', and a patient wait.
import { db } from "@/lib/db";
import { startRunner, type Runner, type RunnerOptions } from "@/lib/jobs/runner";

/** Runners for one test file; `stopAll` in afterAll stops them and drops their schema. */
export function testRunners() {
  const schema = `pgboss_test_${process.pid}`;
  const runners: Runner[] = [];
  return {
    async start(options: Partial<RunnerOptions> = {}) {
      const started = await startRunner({
        connectionString: process.env.DATABASE_URL!,
        schema,
        allowPrivate: true,
        retryDelaySeconds: 1,
        retryLimit: 5,
        expireInSeconds: 3,
        maintenanceIntervalSeconds: 1,
        pollingIntervalSeconds: 0.5,
        dispatchIntervalMs: 60_000, // the tests dispatch when they mean to
        ...options,
      });
      runners.push(started);
      return started;
    },
    async stopAll() {
      await Promise.all(runners.map((runner) => runner.stop().catch(() => undefined)));
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

/** `what()` again every 200 ms until `done` says yes; fails after `ms` with the last value. */
export async function until<T>(what: () => Promise<T>, done: (value: T) => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
