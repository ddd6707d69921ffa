// npm run worker: a process that does only the background work (webhook deliveries, MQTT, push
// notifications, the minute's reminders, the daily clean-up) and serves no pages. Every app server
// does the same work already (JOBS_ENABLED); a deployment that wants its web processes to only
// serve pages sets JOBS_ENABLED=false on them and runs one or more of these beside them. Any
// number may run at once: each job is done by one of them (lib/jobs/boss.ts).
//
// Stops on SIGTERM or SIGINT after the jobs under way (up to 5 s), and says what it did. The
// options are for tests that run several workers on one database (lib/jobs/processes
// .integration.test.ts): --schema (pg-boss's schema), --families (dispatch only these families'
// events), --expire, --retry-delay and --poll (seconds).
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { startRunner } from "@/lib/jobs/runner";
import { runnerOptionsFrom } from "@/lib/jobs/start";

const { values } = parseArgs({
  options: {
    schema: { type: "string" },
    families: { type: "string" },
    expire: { type: "string" },
    "retry-delay": { type: "string" },
    poll: { type: "string" },
  },
});
const seconds = (value: string | undefined) => (value === undefined ? undefined : Number(value));

const runner = await startRunner({
  ...runnerOptionsFrom(env()),
  schema: values.schema,
  familyIds: values.families?.split(","),
  expireInSeconds: seconds(values.expire),
  retryDelaySeconds: seconds(values["retry-delay"]),
  pollingIntervalSeconds: seconds(values.poll),
  maintenanceIntervalSeconds: values.expire ? 1 : undefined,
});
console.log(`[worker] ready (pid ${process.pid})`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void runner.stop().finally(() => {
      console.log(`[worker] stopped: ${JSON.stringify(runner.stats())}`);
      process.exit(0);
    });
  });
