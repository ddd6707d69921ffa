// The embedded default as a self-hoster runs it, measured: `npm start` on a fresh DATA_DIR (the
// launcher, Next and the PostgreSQL server), its memory after start and after a minute of API load,
// and the kid's-day API on it next to the same build on the machine's PostgreSQL, in alternating
// rounds. Not part of CI; results go in docs/benchmarks.md.
//   npm run bench:embedded [-- --load-seconds 60 --duration 10 --rounds 3 --connections 20]
// Memory is summed over the process tree of `npm start`: RSS (what `ps` shows; pages shared
// between PostgreSQL's processes count once per process) and PSS (shared pages divided between
// the processes that share them: the memory the tree really costs).
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createDbClient } from "../../lib/db-client";
import { localDateAt } from "../../lib/time/rules";
import { buildIfStale } from "../lib/build-state";
import { runningEmbeddedUrl } from "../lib/database-in-use";
import { NEXT_BIN, binPath, exited } from "../lib/processes";
import { smallMachineDefaults } from "../lib/small-machine";
import { createTestDatabase } from "../lib/test-database";
import { median, numberArg } from "./options";
import { seedFamily, type Seeded } from "./api-seed";

const root = resolve(import.meta.dirname, "../..");
const LOAD_SECONDS = numberArg("load-seconds", 60);
const DURATION = numberArg("duration", 10);
const ROUNDS = numberArg("rounds", 3);
const CONNECTIONS = numberArg("connections", 20);
const EMBEDDED_PORT = 3310;
const SERVER_PORT = 3311;
const SERVER_URL = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

type Memory = {
  processes: number;
  rssMb: number;
  pssMb: number;
  /** MB by kind of process: npm, launcher, next-server, postgres (all of its processes). */
  byKind: Record<string, { rss: number; pss: number }>;
};

function kindOf(pid: number): string {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    if (commandLine.includes("scripts/start.ts")) return "launcher";
    if (commandLine.startsWith("next-server")) return "next-server";
    if (commandLine.startsWith("npm")) return "npm";
    if (commandLine.includes("esbuild")) return "launcher";
    if (commandLine.startsWith("postgres") || commandLine.includes("/bin/postgres"))
      return "postgres";
    return commandLine.split(" ")[0] ?? "?";
  } catch {
    return "?";
  }
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  return tree;
}

function treeMemory(pid: number): Memory {
  const tree = children();
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) pids.push(...(tree.get(pids[i]!) ?? []));
  let rss = 0;
  let pss = 0;
  const byKind: Memory["byKind"] = {};
  for (const p of pids) {
    try {
      const rollup = readFileSync(`/proc/${p}/smaps_rollup`, "utf8");
      const processRss = Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      const processPss = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      rss += processRss;
      pss += processPss;
      const kind = (byKind[kindOf(p)] ??= { rss: 0, pss: 0 });
      kind.rss += processRss / 1024;
      kind.pss += processPss / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return { processes: pids.length, rssMb: rss / 1024, pssMb: pss / 1024, byKind };
}

async function healthy(port: number, child: ChildProcess) {
  for (let i = 0; i < 480; i++) {
    if ((await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok) return;
    if (child.exitCode !== null) throw new Error(`the server on ${port} exited`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server on ${port} did not become healthy`);
}

async function kidsDay(port: number, family: Seeded, date: string, seconds: number) {
  let k = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "GET",
        headers: { authorization: `Bearer ${family.token}` },
        setupRequest: (request) => ({
          ...request,
          path: `/api/v1/members/${family.kidIds[k++ % family.kidIds.length]}/today?date=${date}`,
        }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors,
  };
}

const mb = (m: Memory) =>
  `RSS ${m.rssMb.toFixed(0)} MB, PSS ${m.pssMb.toFixed(0)} MB (${m.processes} processes; RSS/PSS ${Object.entries(
    m.byKind,
  )
    .map(([kind, size]) => `${kind} ${size.rss.toFixed(0)}/${size.pss.toFixed(0)}`)
    .join(", ")})`;

const dataDir = mkdtempSync(join(tmpdir(), "family-bench-embedded-"));
let launcher: ChildProcess | undefined;
let serverApp: ChildProcess | undefined;
process.env.DATABASE_URL = SERVER_URL;
const server = await createTestDatabase();
try {
  await buildIfStale(root, (message) => console.log(`[bench] ${message}`));

  const started = performance.now();
  const { DATABASE_URL: _unset, ...withoutDatabase } = process.env;
  launcher = spawn("npm", ["start"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...withoutDatabase, DATA_DIR: dataDir, PORT: String(EMBEDDED_PORT) },
  });
  await healthy(EMBEDDED_PORT, launcher);
  console.log(
    `[bench] npm start → healthy on a fresh DATA_DIR, build current: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await new Promise((r) => setTimeout(r, 3_000));
  const afterStart = treeMemory(launcher.pid!);
  console.log(`[bench] embedded default after start: ${mb(afterStart)}`);

  serverApp = spawn(process.execPath, [binPath(NEXT_BIN), "start", "--port", String(SERVER_PORT)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      // The same pool and heap as the embedded default's Next, so the comparison is the database.
      ...smallMachineDefaults(),
      NODE_ENV: "production",
      DATABASE_URL: server.url,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await healthy(SERVER_PORT, serverApp);

  const embeddedDb = createDbClient({ url: runningEmbeddedUrl(dataDir)!, poolSize: 2 });
  const serverDb = createDbClient({ url: server.url, poolSize: 2 });
  const [onEmbedded, onServer] = [
    await seedFamily(embeddedDb, "Bench embedded"),
    await seedFamily(serverDb, "Bench server"),
  ];
  // Statistics for both, as a database in use has them (the machine's server runs with
  // autovacuum off; without them the two planners guess differently).
  await embeddedDb.$executeRawUnsafe("ANALYZE");
  await serverDb.$executeRawUnsafe("ANALYZE");
  await embeddedDb.$disconnect();
  await serverDb.$disconnect();
  const today = localDateAt(new Date(), "UTC");

  const load = await kidsDay(EMBEDDED_PORT, onEmbedded, today, LOAD_SECONDS);
  const afterLoad = treeMemory(launcher.pid!);
  console.log(
    `[bench] embedded default after ${LOAD_SECONDS} s of kid's-day API load (${load.rps.toFixed(0)} req/s, ${load.bad} bad): ${mb(afterLoad)}`,
  );

  const embedded: number[] = [];
  const machine: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const sides: [number[], number, Seeded][] = [
      [embedded, EMBEDDED_PORT, onEmbedded],
      [machine, SERVER_PORT, onServer],
    ];
    // Alternate who goes first, so neither side always meets a warmer machine.
    for (const [list, port, family] of round % 2 ? sides.reverse() : sides) {
      await kidsDay(port, family, today, 3);
      const run = await kidsDay(port, family, today, DURATION);
      list.push(run.rps);
      console.log(
        `[bench] round ${round + 1} ${port === EMBEDDED_PORT ? "embedded" : "machine"}: ${run.rps.toFixed(0)} req/s, p99 ${run.p99} ms, ${run.bad} bad`,
      );
    }
  }
  const ratio = median(embedded) / median(machine);
  console.log(`\n| figure | value |\n| --- | --- |`);
  console.log(`| embedded default after start | ${mb(afterStart)} |`);
  console.log(`| after ${LOAD_SECONDS} s of API load | ${mb(afterLoad)} |`);
  console.log(
    `| kid's day, embedded PostgreSQL 17 (median of ${ROUNDS}) | ${median(embedded).toFixed(0)} req/s |`,
  );
  console.log(
    `| kid's day, machine's PostgreSQL (median of ${ROUNDS}) | ${median(machine).toFixed(0)} req/s |`,
  );
  console.log(`| embedded ÷ machine | ${ratio.toFixed(2)}× |`);
} finally {
  serverApp?.kill("SIGTERM");
  if (launcher) {
    launcher.kill("SIGTERM");
    await exited(launcher);
  }
  if (serverApp) await exited(serverApp);
  await server.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
