// 10,000 families against 10 (issue 22): the same app on two databases that differ only in how
// many families they hold, each family alike (scripts/bench/scale-seed.ts). Per database, the
// same requests from a sample of its families: a kid's day (GET /api/v1/members/{id}/today), the
// parent's dashboard page (GET /dashboard, signed in), a check-off (POST /api/v1/checks, each a
// new insert). Reports p50 / p95 / p99 per database and the ratio of the p95s; then EXPLAIN
// (ANALYZE, BUFFERS) of every statement of those three paths on the large database
// (scripts/bench/scale-explain.ts). Not part of CI; results go in docs/benchmarks.md.
//   npm run bench:scale                       (on postgresql://postgres@127.0.0.1:5432/postgres)
//   npm run bench:scale -- --families 10000 --days 60 --rounds 3 --requests 300 --connections 8
//   npm run bench:scale -- --keep             (leaves the databases, and says their URLs)
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDbClient } from "../../lib/db-client";
import { createApiTokenRow } from "../../lib/testing/factories";
import { addDays, localDateAt } from "../../lib/time/rules";
import { buildIfStale } from "../lib/build-state";
import { deployMigrations } from "../lib/migrations";
import { withClient } from "../lib/pg-client";
import { exited } from "../lib/processes";
import { median, numberArg, quantile } from "./options";
import { seedScale } from "./scale-seed";
import { SESSION_COOKIE, sessionToken, startServer } from "./server";

const root = resolve(import.meta.dirname, "../..");
const FAMILIES = numberArg("families", 10_000);
const SMALL = 10;
const DAYS = numberArg("days", 60);
const ROUNDS = numberArg("rounds", 3);
const REQUESTS = numberArg("requests", 300);
const CHECKS = 100; // per round: the small database has 420 free (kid, item, day) in all
const CONNECTIONS = numberArg("connections", 8);
const SAMPLE = 200;
const KEEP = process.argv.includes("--keep");
const server = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const secret = randomBytes(32).toString("base64");

type Family = {
  id: string;
  today: string;
  token: string;
  cookie: string;
  kids: string[];
  items: string[];
};
type Side = { name: string; url: string; base: string; families: Family[]; process?: ChildProcess };

async function createDatabase(name: string, families: number) {
  await withClient(server, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(server);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString());
  const started = performance.now();
  const counts = await withClient(url.toString(), (client) =>
    seedScale(client, families, DAYS, (done, total, ms) => {
      if (done % 2000 === 0 || done === total)
        console.log(`[bench] ${name}: ${done} of ${total} families, ${(ms / 1000).toFixed(0)} s`);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`[bench] ${name}: ${rows} rows in ${seconds.toFixed(0)} s`, counts);
  const size = await withClient(
    url.toString(),
    async (c) =>
      (
        await c.query<{ size: string }>(
          `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
        )
      ).rows[0]!.size,
  );
  return { url: url.toString(), counts, seconds, size };
}

/** A sample of the database's families, each with an API token and a parent's session cookie. */
async function sample(url: string, count: number): Promise<Family[]> {
  const db = createDbClient({ url, poolSize: 2 });
  try {
    const rows = await db.$queryRaw<{ id: string; timeZone: string }[]>`
      SELECT id, "timeZone" FROM families ORDER BY random() LIMIT ${count}`;
    const families: Family[] = [];
    for (const row of rows) {
      const members = await db.familyMember.findMany({
        where: { familyId: row.id },
        include: { user: true },
        orderBy: { createdAt: "asc" },
      });
      const parent = members.find((m) => m.role === "PARENT")!;
      const user = parent.user!;
      const items = await db.routineItem.findMany({ where: { familyId: row.id } });
      const { token } = await createApiTokenRow(db, row.id, parent.id, "READ_WRITE");
      const jwt = await sessionToken(user, secret);
      families.push({
        id: row.id,
        today: localDateAt(new Date(), row.timeZone),
        token,
        cookie: `${SESSION_COOKIE}=${jwt}`,
        kids: members.filter((m) => m.role === "CHILD").map((m) => m.id),
        items: items.map((i) => i.id),
      });
    }
    return families;
  } finally {
    await db.$disconnect();
  }
}

type Request = { path: string; init?: RequestInit; expect: number };
type Result = { p50: number; p95: number; p99: number; rps: number; failed: number };

/** `count` requests, `CONNECTIONS` at a time; the latency of each, and the ones that failed. */
async function drive(base: string, count: number, next: () => Request): Promise<Result> {
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (sent < count) {
        sent++;
        const request = next();
        const t = performance.now();
        const response = await fetch(base + request.path, request.init).catch(() => null);
        await response?.arrayBuffer();
        latencies.push(performance.now() - t);
        if (response?.status !== request.expect) {
          failed++;
          if (failed <= 3)
            console.warn(`[bench] ${request.path}: ${response?.status ?? "no answer"}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => quantile(latencies, q);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: count / seconds, failed };
}

function scenarios(side: Side) {
  let n = 0;
  const pick = <T>(list: T[]) => list[n++ % list.length]!;
  // Every (kid, item, day) of the sample once, today and yesterday, in an order that spreads
  // them over the families.
  const checks = side.families
    .flatMap((f) =>
      [f.today, addDays(f.today, -1)].flatMap((date) =>
        f.kids.flatMap((kid) => f.items.map((item) => ({ f, kid, item, date }))),
      ),
    )
    .sort(() => Math.random() - 0.5);
  return {
    "kid's day": (): Request => {
      const f = pick(side.families);
      return {
        path: `/api/v1/members/${pick(f.kids)}/today?date=${f.today}`,
        init: { headers: { authorization: `Bearer ${f.token}` } },
        expect: 200,
      };
    },
    dashboard: (): Request => ({
      path: "/dashboard",
      init: { headers: { cookie: pick(side.families).cookie }, redirect: "manual" },
      expect: 200,
    }),
    "check-off": (): Request => {
      const check = checks.pop();
      if (!check) throw new Error(`${side.name}: no free check left`);
      return {
        path: "/api/v1/checks",
        init: {
          method: "POST",
          headers: {
            authorization: `Bearer ${check.f.token}`,
            "content-type": "application/json",
          },
          body: JSON.stringify({
            memberId: check.kid,
            itemId: check.item,
            date: check.date,
            clientEventId: randomUUID(),
          }),
        },
        expect: 201,
      };
    },
  };
}

const sides: Side[] = [];
try {
  await buildIfStale(root, (message) => console.log(`[bench] ${message}`));
  const small = await createDatabase(`scale_${SMALL}`, SMALL);
  const large = await createDatabase(`scale_${FAMILIES}`, FAMILIES);
  for (const [name, db, port] of [
    [`${SMALL} families`, small, 3310],
    [`${FAMILIES} families`, large, 3311],
  ] as const)
    sides.push({
      name,
      url: db.url,
      base: `http://127.0.0.1:${port}`,
      families: await sample(db.url, SAMPLE),
      process: await startServer(root, {
        port,
        databaseUrl: db.url,
        env: { AUTH_SECRET: secret },
      }),
    });

  const names = ["kid's day", "dashboard", "check-off"] as const;
  const results = new Map<string, Result[]>();
  const built = sides.map(scenarios);
  for (let round = 0; round < ROUNDS; round++) {
    console.log(`[bench] round ${round + 1} of ${ROUNDS}`);
    for (const name of names) {
      const count = name === "check-off" ? CHECKS : REQUESTS;
      // Rounds alternate which database goes first.
      for (const i of round % 2 ? [1, 0] : [0, 1]) {
        const side = sides[i]!;
        await drive(side.base, name === "check-off" ? 10 : 30, built[i]![name]); // warm-up
        const result = await drive(side.base, count, built[i]![name]);
        const key = `${name}|${side.name}`;
        results.set(key, [...(results.get(key) ?? []), result]);
        console.log(
          `[bench] ${name}, ${side.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.rps.toFixed(0)} req/s, ${result.failed} failed`,
        );
      }
    }
  }
  const figure = (name: string, side: Side, key: "p50" | "p95" | "p99") =>
    median(results.get(`${name}|${side.name}`)!.map((r) => r[key]));
  const table = [
    `| Request | ${SMALL} families p50 / p95 (ms) | ${FAMILIES} families p50 / p95 (ms) | p95 ratio |`,
    "| --- | --- | --- | --- |",
    ...names.map((name) => {
      const [a, b] = [sides[0]!, sides[1]!];
      const ratio = figure(name, b, "p95") / figure(name, a, "p95");
      return `| ${name} | ${figure(name, a, "p50").toFixed(1)} / ${figure(name, a, "p95").toFixed(1)} | ${figure(name, b, "p50").toFixed(1)} / ${figure(name, b, "p95").toFixed(1)} | ${ratio.toFixed(2)}× |`;
    }),
  ].join("\n");
  const failed = [...results.values()].flat().reduce((sum, r) => sum + r.failed, 0);
  console.log(
    `\n${CONNECTIONS} connections, ${REQUESTS} requests (check-offs ${CHECKS}) per database per round, median of ${ROUNDS} rounds; ${large.seconds.toFixed(0)} s to seed ${FAMILIES} families (${large.size})\n\n${table}\n\n${failed} requests failed\n`,
  );
  mkdirSync(resolve(root, "test-results"), { recursive: true });
  writeFileSync(
    resolve(root, "test-results/bench-scale.json"),
    JSON.stringify({ at: new Date().toISOString(), large, small, results: [...results] }, null, 2),
  );
  // The plans, on the large database (the app's own statements, recorded as it runs them).
  execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      resolve(root, "scripts/bench/scale-explain.ts"),
    ],
    { stdio: "inherit", env: { ...process.env, DATABASE_URL: large.url, NODE_ENV: "test" } },
  );
  process.exitCode = failed ? 1 : 0;
} finally {
  for (const side of sides)
    if (side.process) {
      side.process.kill("SIGTERM");
      await exited(side.process);
    }
  if (KEEP) console.log(`[bench] kept: ${sides.map((s) => s.url).join(", ")}`);
  else
    await withClient(server, async (client) => {
      for (const name of [`scale_${SMALL}`, `scale_${FAMILIES}`])
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
}
