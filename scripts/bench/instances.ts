// Two app processes behind nginx against one process reached directly (issue 22): throughput of
// the check-off and the kid's day with 50 connections (autocannon), the app's CPU per request
// (user + system time of the `next start` processes, from /proc) and PostgreSQL's CPU per request
// (the backends of the app's connections, from /proc: PostgreSQL must run on this machine), both
// counted until the work the requests left behind (events to dispatch, live notes) is done. The
// load generator, PostgreSQL and the app share this machine's cores. Not part of CI; results go
// in docs/benchmarks.md.
//   npm run bench:instances                 (on postgresql://postgres@127.0.0.1:5432/postgres)
//   npm run bench:instances -- --duration 15 --connections 50 --rounds 3
//   npm run bench:instances -- --node-args "--single-threaded-gc"   (flags for the app's Node)
//   npm run bench:instances -- --rate 200   (requests a second in all, not as many as answered:
//                                            the CPU per request of one process and of two at the
//                                            same load, neither of them saturated)
//   npm run bench:instances -- --warmup 15 (seconds of load before each measurement; a process's
//                                            V8 optimises the routes' code as it serves them)
//   npm run bench:instances -- --only checks   (or --only today: one of the two requests)
//   npm run bench:instances -- --rate-each 100   (requests a second per app process: 100 to the
//                                            one, 200 to the two; each process at the same load)
//   npm run bench:instances -- --analyze    (ANALYZE before each setup starts, as autovacuum would
//                                            have done on a server that runs it; this machine's
//                                            does not, so by default the plans are made without
//                                            statistics, as on a new database)
import autocannon from "autocannon";
import { type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDbClient } from "../../lib/db-client";
import { localDateAt } from "../../lib/time/rules";
import { buildIfStale } from "../lib/build-state";
import { withClient } from "../lib/pg-client";
import { exited } from "../lib/processes";
import { createTestDatabase } from "../lib/test-database";
import { checkBodies, seedFamily } from "./api-seed";
import { median, numberArg, stringArg } from "./options";
import { cpuMs, mainThreadCpuMs, spent } from "./proc-cpu";
import { startNginx, startServer } from "./server";

const root = resolve(import.meta.dirname, "../..");
const DURATION = numberArg("duration", 15);
const CONNECTIONS = numberArg("connections", 50);
const ROUNDS = numberArg("rounds", 3);
const NODE_ARGS = stringArg("node-args", "").split(" ").filter(Boolean);
const RATE = numberArg("rate", 0);
const RATE_EACH = numberArg("rate-each", 0);
const ANALYZE = process.argv.includes("--analyze");
const WARMUP = numberArg("warmup", 3);
const ONLY = stringArg("only", "");
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * The server's backends of the app's connections to this database (PostgreSQL runs on this
 * machine: its processes are in /proc). Autovacuum and the server's own processes are left out:
 * they work for the check-offs of an earlier run as much as for this one.
 */
async function backendPids(url: string): Promise<number[]> {
  return withClient(url, async (client) =>
    (
      await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      )
    ).rows.map((row) => row.pid),
  );
}

const database = await createTestDatabase();
const db = createDbClient({ url: database.url, poolSize: 4 });
const children: ChildProcess[] = [];
try {
  await buildIfStale(root, (message) => console.log(`[bench] ${message}`));
  const family = await seedFamily(db, "Instances");
  const today = localDateAt(new Date(), "UTC");
  // Each setup runs alone, started for its measurement and stopped after it: an idle process of
  // the other setup on the same database would take its share of the background work (the
  // outbox's dispatch of every check-off's events, the live relay), uncounted, and lend the one
  // process a hand the two do not get (it did in every figure of docs/benchmarks.md before its
  // "Third round").
  const setups = [
    { name: "one process, direct", ports: [3330], entry: 3330 },
    { name: "two processes behind nginx", ports: [3331, 3332], entry: 3333 },
  ];
  const start = async (setup: (typeof setups)[number]) => {
    if (ANALYZE) await withClient(database.url, (client) => client.query("ANALYZE"));
    const servers = await Promise.all(
      setup.ports.map((port) =>
        startServer(root, { port, databaseUrl: database.url, nodeArgs: NODE_ARGS }),
      ),
    );
    children.push(...servers);
    const proxy = setup.ports.length > 1 ? await startNginx(setup.entry, setup.ports) : undefined;
    if (proxy) children.push(proxy);
    // nginx's master and its worker.
    const proxyPids = proxy
      ? [
          proxy.pid!,
          ...readFileSync(`/proc/${proxy.pid}/task/${proxy.pid}/children`, "utf8")
            .split(" ")
            .filter(Boolean)
            .map(Number),
        ]
      : [];
    return {
      pids: servers.map((server) => server.pid!),
      proxy: proxyPids,
      all: [...servers, ...(proxy ? [proxy] : [])],
    };
  };
  const stop = async (processes: ChildProcess[]) => {
    for (const child of processes.reverse()) {
      child.kill("SIGTERM");
      await exited(child);
      children.splice(children.indexOf(child), 1);
    }
  };
  /** Until the check-offs' events are dispatched and their live notes announced. */
  const drained = async () => {
    for (let i = 0; i < 600; i++) {
      const waiting = await withClient(database.url, async (client) =>
        Number(
          (
            await client.query<{ n: string }>(
              `SELECT (SELECT count(*) FROM outbox_events WHERE "dispatchedAt" IS NULL)
                    + (SELECT count(*) FROM live_changes) AS n`,
            )
          ).rows[0]!.n,
        ),
      );
      if (waiting === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const check = checkBodies(family, today);
  let k = 0;
  const auth = { authorization: `Bearer ${family.token}`, "content-type": "application/json" };
  const requests = {
    "POST /api/v1/checks": {
      method: "POST" as const,
      path: "/api/v1/checks",
      headers: auth,
      setup: () => {
        const { familyId: _family, by: _by, ...body } = check();
        return { body: JSON.stringify(body) };
      },
    },
    "GET /api/v1/members/{id}/today": {
      method: "GET" as const,
      path: "/api/v1/members",
      headers: auth,
      setup: () => ({
        path: `/api/v1/members/${family.kidIds[k++ % family.kidIds.length]}/today?date=${today}`,
      }),
    },
  };
  type Figures = {
    rps: number;
    p99: number;
    appCpu: number;
    /** Of appCpu, the main threads' (the event loops). */
    appMainCpu: number;
    pgCpu: number;
    /** nginx's, and this process's (the load generator, autocannon). */
    proxyCpu: number;
    loadCpu: number;
    bad: number;
  };
  const results = new Map<string, Figures[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, request] of Object.entries(requests).filter(
      ([name]) => !ONLY || name.includes(ONLY),
    ))
      for (const setup of round % 2 ? [...setups].reverse() : setups) {
        const running = await start(setup);
        const run = (seconds: number) =>
          autocannon({
            url: `http://127.0.0.1:${setup.entry}`,
            connections: CONNECTIONS,
            duration: seconds,
            ...(RATE > 0 && { overallRate: RATE }),
            ...(RATE_EACH > 0 && { overallRate: RATE_EACH * setup.ports.length }),
            requests: [{ ...request, setupRequest: (req) => ({ ...req, ...request.setup() }) }],
          });
        await run(WARMUP);
        await drained();
        const [app0, main0, pg0, proxy0] = [
          cpuMs(running.pids),
          mainThreadCpuMs(running.pids),
          cpuMs(await backendPids(database.url)),
          cpuMs(running.proxy),
        ];
        const load0 = process.cpuUsage();
        const result = await run(DURATION);
        const load = process.cpuUsage(load0);
        // The work the requests left behind is theirs too.
        await drained();
        const [app1, main1, pg1, proxy1] = [
          cpuMs(running.pids),
          mainThreadCpuMs(running.pids),
          cpuMs(await backendPids(database.url)),
          cpuMs(running.proxy),
        ];
        await stop(running.all);
        const total = result.requests.total;
        const figures = {
          rps: result.requests.average,
          p99: result.latency.p99,
          appCpu: spent(app0, app1) / total,
          appMainCpu: spent(main0, main1) / total,
          pgCpu: spent(pg0, pg1) / total,
          proxyCpu: spent(proxy0, proxy1) / total,
          loadCpu: (load.user + load.system) / 1000 / total,
          bad: result.non2xx + result.errors + result.timeouts,
        };
        const key = `${name}|${setup.name}`;
        results.set(key, [...(results.get(key) ?? []), figures]);
        if (figures.bad) console.log(`[bench] answers: ${JSON.stringify(result.statusCodeStats)}`);
        console.log(
          `[bench] ${name}, ${setup.name}: ${figures.rps.toFixed(0)} req/s, p99 ${figures.p99} ms, app ${figures.appCpu.toFixed(2)} CPU-ms/request (main threads ${figures.appMainCpu.toFixed(2)}), PostgreSQL ${figures.pgCpu.toFixed(2)}, nginx ${figures.proxyCpu.toFixed(2)}, load generator ${figures.loadCpu.toFixed(2)} CPU-ms/request, ${figures.bad} not 2xx`,
        );
      }
  }
  const mid = (name: string, setup: string, key: keyof Figures) =>
    median(results.get(`${name}|${setup}`)!.map((f) => f[key]));
  const [one, two] = setups.map((s) => s.name) as [string, string];
  const table = [
    "| Request | One process req/s | Two behind nginx req/s | Throughput ratio | App CPU-ms/request (one / two) | Of which main threads (one / two) | PostgreSQL CPU-ms/request (one / two) | nginx CPU-ms/request | Load generator CPU-ms/request (one / two) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...Object.keys(requests)
      .filter((name) => results.has(`${name}|${one}`))
      .map(
        (name) =>
          `| \`${name}\` | ${mid(name, one, "rps").toFixed(0)} | ${mid(name, two, "rps").toFixed(0)} | ${(mid(name, two, "rps") / mid(name, one, "rps")).toFixed(2)}× | ${mid(name, one, "appCpu").toFixed(2)} / ${mid(name, two, "appCpu").toFixed(2)} | ${mid(name, one, "appMainCpu").toFixed(2)} / ${mid(name, two, "appMainCpu").toFixed(2)} | ${mid(name, one, "pgCpu").toFixed(2)} / ${mid(name, two, "pgCpu").toFixed(2)} | ${mid(name, two, "proxyCpu").toFixed(2)} | ${mid(name, one, "loadCpu").toFixed(2)} / ${mid(name, two, "loadCpu").toFixed(2)} |`,
      ),
  ].join("\n");
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s each${RATE > 0 ? `, ${RATE} requests a second` : ""}${RATE_EACH > 0 ? `, ${RATE_EACH} requests a second per process` : ""}${ANALYZE ? ", ANALYZE before each setup" : ""}, median of ${ROUNDS} rounds\n\n${table}\n`,
  );
} finally {
  for (const child of children.reverse()) {
    child.kill("SIGTERM");
    await exited(child);
  }
  await db.$disconnect();
  await database.drop();
}
