import "server-only";
// Starts this app process's background work (lib/jobs/runner.ts), once, from instrumentation.ts.
// JOBS_ENABLED=false turns it off for a process that should only serve pages (another process
// on the same database then does the work).
import { type Env, env } from "@/lib/env";
import { type RunnerOptions, startRunner } from "@/lib/jobs/runner";

/** The background work as the environment configures it (the app server, `npm run worker`). */
export function runnerOptionsFrom(config: Env): RunnerOptions {
  return {
    connectionString: config.DATABASE_URL,
    allowPrivate: config.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
    ...(config.MQTT_URL && {
      mqtt: {
        url: config.MQTT_URL,
        prefix: config.MQTT_TOPIC_PREFIX,
        discovery: config.MQTT_DISCOVERY_PREFIX,
      },
    }),
  };
}

/** Starts in the background: a database not up yet delays the work, not the server's start. */
export function startJobs() {
  const config = env();
  if (!config.JOBS_ENABLED) return;
  let waitMs = 2_000;
  const attempt = () =>
    startRunner(runnerOptionsFrom(config)).catch((error: unknown) => {
      // Nothing waiting is lost meanwhile: it stays in the outbox and the queue.
      console.warn(`[jobs] not started (${(error as Error).message}); trying again`);
      setTimeout(attempt, waitMs).unref();
      waitMs = Math.min(waitMs * 2, 60_000);
    });
  void attempt();
}
