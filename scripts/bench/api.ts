// The JSON API under load, next to a baseline that runs the same SQL statement through a bare pg
// pool (app/api/bench, routes of the benchmark's own build in .next-bench, never of the production
// one): 50 connections for 20 s each, against a production build on real
// PostgreSQL. Not part of CI; results go in docs/benchmarks.md.
//   npm run bench:api                       (uses postgresql://postgres@127.0.0.1:5432/postgres)
//   DATABASE_URL=postgresql://… npm run bench:api -- --duration 20 --connections 50 --rounds 3
//   npm run bench:api -- --only checks --cpu-prof      (one pair, with a CPU profile of the server)
// Creates a throw-away database on that server, seeds two identical families (one for the API,
// one for the baseline), builds if the build is stale, starts `next start`, runs, and cleans up.
import autocannon from "autocannon";
import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDbClient } from "../../lib/db-client";
import { localDateAt } from "../../lib/time/rules";
import { buildIfStale, flavourEnv } from "../lib/build-state";
import { exited } from "../lib/processes";
import { createTestDatabase } from "../lib/test-database";
import { median, numberArg } from "./options";
import { startServer } from "./server";
import { CARDS, ITEMS, KIDS, ROUTINES, checkBodies, seedFamily, type Seeded } from "./api-seed";

const root = resolve(import.meta.dirname, "../..");
const DURATION = numberArg("duration", 20);
const CONNECTIONS = numberArg("connections", 50);
const WARMUP = 3;
const PORT = numberArg("port", 3300);
const ROUNDS = numberArg("rounds", 3);
const base = `http://127.0.0.1:${PORT}`;

process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

type Run = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
};

async function load(
  name: string,
  request: autocannon.Request & { setup: () => autocannon.Request },
  seconds: number,
): Promise<Run> {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ ...request, setupRequest: (req) => ({ ...req, ...request.setup() }) }],
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

// --only checks|today: measure one pair (e.g. while profiling); the other shows as skipped.
const only = process.argv.includes("--only")
  ? process.argv[process.argv.indexOf("--only") + 1]
  : undefined;

async function measure(name: string, request: Parameters<typeof load>[1]): Promise<Run> {
  if (only && !name.includes(only))
    return { name, rps: NaN, p50: NaN, p99: NaN, non2xx: 0, errors: 0, requests: 0 };
  await load(`${name} (warm-up)`, request, WARMUP);
  const run = await load(name, request, DURATION);
  console.log(
    `[bench] ${name}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, non-2xx ${run.non2xx}, errors ${run.errors}`,
  );
  return run;
}

const database = await createTestDatabase();
console.log(`[bench] database ${database.kind}, migrated in ${database.migrateMs.toFixed(0)} ms`);
const db = createDbClient({ url: database.url, poolSize: 4 });
let server: ChildProcess | undefined;
try {
  const [app, baseline] = [await seedFamily(db, "API"), await seedFamily(db, "Baseline")];
  const today = localDateAt(new Date(), "UTC");
  await buildIfStale(root, (message) => console.log(`[bench] ${message}`), "bench");
  // --cpu-prof: write a V8 CPU profile of the server to test-results/cpu (open in Chrome DevTools).
  const profile = process.argv.includes("--cpu-prof")
    ? ["--cpu-prof", `--cpu-prof-dir=${resolve(root, "test-results/cpu")}`]
    : [];
  server = await startServer(root, {
    port: PORT,
    databaseUrl: database.url,
    nodeArgs: profile,
    env: { ...flavourEnv("bench"), BENCH_BASELINE: "1" },
  });

  const json = { "content-type": "application/json" };
  const appCheck = checkBodies(app, today);
  const baselineCheck = checkBodies(baseline, today);
  const auth = { authorization: `Bearer ${app.token}` };
  let k = 0;
  const nextKid = (family: Seeded) => family.kidIds[k++ % family.kidIds.length]!;

  const scenarios = {
    baselineChecks: () =>
      measure("baseline POST /api/bench/checks", {
        method: "POST",
        path: "/api/bench/checks",
        headers: json,
        setup: () => ({ body: JSON.stringify(baselineCheck()) }),
      }),
    apiChecks: () =>
      measure("API POST /api/v1/checks", {
        method: "POST",
        path: "/api/v1/checks",
        headers: { ...json, ...auth },
        setup: () => {
          const { familyId: _family, by: _by, ...body } = appCheck();
          return { body: JSON.stringify(body) };
        },
      }),
    baselineToday: () =>
      measure("baseline GET /api/bench/today", {
        method: "GET",
        path: "/api/bench/today",
        setup: () => ({
          path: `/api/bench/today?familyId=${baseline.familyId}&kidId=${nextKid(baseline)}&date=${today}`,
        }),
      }),
    apiToday: () =>
      measure("API GET /api/v1/members/{id}/today", {
        method: "GET",
        path: "/api/v1/members",
        headers: auth,
        setup: () => ({ path: `/api/v1/members/${nextKid(app)}/today?date=${today}` }),
      }),
  };
  // Rounds alternate which side of a pair goes first, so neither always meets a warmer or a
  // busier machine; the table reports the median of each figure over the rounds.
  const results: Record<keyof typeof scenarios, Run[]> = {
    baselineChecks: [],
    apiChecks: [],
    baselineToday: [],
    apiToday: [],
  };
  for (let round = 0; round < ROUNDS; round++) {
    console.log(`[bench] round ${round + 1} of ${ROUNDS}`);
    const order: (keyof typeof scenarios)[][] = [
      ["baselineChecks", "apiChecks"],
      ["baselineToday", "apiToday"],
    ];
    for (const pair of order)
      for (const key of round % 2 ? pair.reverse() : pair)
        results[key].push(await scenarios[key]());
  }
  const summary = (key: keyof typeof scenarios): Run => {
    const list = results[key];
    return {
      name: list[0]!.name,
      rps: median(list.map((r) => r.rps)),
      p50: median(list.map((r) => r.p50)),
      p99: median(list.map((r) => r.p99)),
      non2xx: list.reduce((sum, r) => sum + r.non2xx, 0),
      errors: list.reduce((sum, r) => sum + r.errors, 0),
      requests: list.reduce((sum, r) => sum + r.requests, 0),
    };
  };
  const runs = [
    summary("baselineChecks"),
    summary("apiChecks"),
    summary("baselineToday"),
    summary("apiToday"),
  ];

  const rows = [
    ["POST /api/v1/checks", runs[1]!, runs[0]!],
    ["GET /api/v1/members/{id}/today", runs[3]!, runs[2]!],
  ] as const;
  const table = [
    "| Endpoint | API req/s | API p50 / p99 (ms) | Baseline req/s | Baseline p50 / p99 (ms) | Throughput ratio | p99 ratio |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      ([name, api, baseline]) =>
        `| \`${name}\` | ${api.rps.toFixed(0)} | ${api.p50} / ${api.p99} | ${baseline.rps.toFixed(0)} | ${baseline.p50} / ${baseline.p99} | ${(api.rps / baseline.rps).toFixed(2)}× | ${(api.p99 / baseline.p99).toFixed(2)}× |`,
    ),
  ].join("\n");
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s each, median of ${ROUNDS} rounds, ${KIDS} kids × ${ROUTINES * CARDS * ITEMS} items per family\n\n${table}\n`,
  );
  const failures = runs.filter((r) => r.errors > 0 || r.non2xx > 0);
  for (const run of failures)
    console.log(`[bench] ${run.name}: ${run.non2xx} non-2xx answers, ${run.errors} errors`);
  mkdirSync(resolve(root, "test-results"), { recursive: true });
  writeFileSync(
    resolve(root, "test-results/bench-api.json"),
    JSON.stringify(
      { at: new Date().toISOString(), connections: CONNECTIONS, duration: DURATION, runs, results },
      null,
      2,
    ),
  );
  process.exitCode = failures.length ? 1 : 0;
} finally {
  if (server) {
    server.kill("SIGTERM");
    await exited(server);
  }
  await db.$disconnect();
  await database.drop();
}
