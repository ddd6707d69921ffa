// Background work in integration tests (issue 19): runners on a pg-boss schema of the test file's
// own, apart from any app server's and from parallel test files', and a patient wait.
import { db } from "@/lib/db";
import { startRunner, type Runner, type RunnerOptions } from "@/lib/jobs/runner";

export { until } from "@/lib/testing/until";

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
        clockWork: false, // and schedule notices and pay allowances for the time they mean
        ...options,
      });
      runners.push(started);
      return started;
    },
    /**
     * Stops the runners started so far, keeping the schema: a test that needs to know which
     * process takes a job must not have earlier tests' runners polling the same queue.
     */
    async stopRunning() {
      await Promise.all(runners.splice(0).map((runner) => runner.stop().catch(() => undefined)));
    },
    async stopAll() {
      await Promise.all(runners.map((runner) => runner.stop().catch(() => undefined)));
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
