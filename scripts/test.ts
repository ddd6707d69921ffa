// `npm test`: every check in one command, ending with the line `N passed, N failed`.
//
//   lint, typecheck          one check each
//   unit                     Vitest, pure rules
//   integration              Vitest against a fresh database made for this suite
//   pooler                   the integration suite again, through PgBouncer in transaction mode
//                            (DATABASE_URL pooled, DATABASE_DIRECT_URL for migrations and LISTEN)
//   e2e                      Playwright in Chromium against `next build` + `next start`, on another
//                            fresh database
//   multi                    the browser suite again, through nginx in front of two `next start` of
//                            the same build (round-robin, no sticky sessions)
//
// The fresh database is created on the server DATABASE_URL names (and dropped afterwards), or, when
// it is unset, on a throw-away embedded PostgreSQL server (scripts/lib/embedded-postgres.ts).
// `--only integration,e2e` runs a subset; `--skip-build` reuses the current .next build for e2e.
import "dotenv/config";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { productionBuild } from "./lib/build-state";
import { findChromium } from "./lib/chromium";
import { findNginx, writeNginxConfig } from "./lib/nginx";
import { findPgBouncer, startPgBouncer } from "./lib/pgbouncer";
import { NEXT_BIN, runNode } from "./lib/processes";
import { createTestDatabase, type TestDatabase } from "./lib/test-database";
import { playwrightFailures, readJson, type PlaywrightReport } from "./lib/test-reports";

const root = resolve(import.meta.dirname, "..");
const reports = resolve(root, "test-results/reports");
const SUITES = ["lint", "typecheck", "unit", "integration", "pooler", "e2e", "multi"] as const;
type Suite = (typeof SUITES)[number];
type Outcome = {
  suite: Suite;
  passed: number;
  failed: number;
  seconds: number;
  note?: string;
  /** Names of the tests that did not pass, repeated in the summary: a CI log's tail says which. */
  failures?: string[];
};

const onlyArg = process.argv.find((arg) => arg.startsWith("--only"));
const only = onlyArg
  ? (onlyArg.includes("=")
      ? onlyArg.split("=")[1]!
      : process.argv[process.argv.indexOf(onlyArg) + 1]!
    ).split(",")
  : [...SUITES];
let skipBuild = process.argv.includes("--skip-build");
// Anything after "--" goes to Playwright, e.g. `--only e2e -- e2e/api.spec.ts` while working on one file.
const playwrightArgs = process.argv.includes("--")
  ? process.argv.slice(process.argv.indexOf("--") + 1)
  : [];
const selected = SUITES.filter((suite) => only.includes(suite));

async function single(suite: Suite, entry: string, args: string[]): Promise<Outcome> {
  console.log(`\n━━ ${suite} ━━`);
  const result = await runNode(entry, args, { cwd: root });
  const ok = result.code === 0;
  return { suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: result.durationMs / 1000 };
}

async function vitest(
  suite: "unit" | "integration" | "pooler",
  env: NodeJS.ProcessEnv,
): Promise<Outcome> {
  console.log(`\n━━ ${suite} ━━`);
  const output = resolve(reports, `${suite}.json`);
  rmSync(output, { force: true });
  const result = await runNode(
    "vitest/vitest.mjs",
    [
      "run",
      "--project",
      suite === "pooler" ? "integration" : suite,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${output}`,
    ],
    { cwd: root, env },
  );
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests?: number;
    numTodoTests?: number;
    numTotalTests: number;
    testResults?: {
      name: string;
      message?: string;
      assertionResults?: { fullName: string; status: string }[];
    }[];
  }>(output);
  const seconds = result.durationMs / 1000;
  if (!report) return { suite, passed: 0, failed: 1, seconds, note: "runner crashed (no report)" };
  // A suite that exits non-zero without a failed test (e.g. an error outside tests) still fails,
  // and a skipped or todo test is a test that did not pass: none is left behind.
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const failed = report.numFailedTests + skipped || (result.code === 0 ? 0 : 1);
  const note = skipped ? `${skipped} skipped` : undefined;
  const failures = (report.testResults ?? []).flatMap((file) => {
    const where = relative(root, file.name);
    const tests = (file.assertionResults ?? [])
      .filter((test) => test.status !== "passed")
      .map((test) => `${where} › ${test.fullName} (${test.status})`);
    // A file that failed outside its tests (an import, a hook) has no failed test to name.
    return tests.length || !file.message ? tests : [`${where} (${file.message.split("\n")[0]})`];
  });
  return { suite, passed: report.numPassedTests, failed, seconds, note, failures };
}

async function onFreshDatabase(run: (database: TestDatabase) => Promise<Outcome>) {
  const database = await createTestDatabase();
  console.log(
    `\n[test] fresh ${database.kind} database ready (migrations ${Math.round(database.migrateMs)} ms)`,
  );
  try {
    return await run(database);
  } finally {
    await database.drop();
  }
}

/** A suite that cannot run without a program this machine lacks: it fails, saying what to install. */
function missingTool(suite: Suite, name: string, debianPackage: string, variable: string): Outcome {
  console.error(
    `No ${name} found for the ${suite} suite. Install one:\n` +
      `  Debian/Ubuntu: sudo apt-get install -y ${debianPackage}\n` +
      `or point ${variable} at its binary.`,
  );
  return { suite, passed: 0, failed: 1, seconds: 0, note: `no ${name}` };
}

/**
 * The integration suite through PgBouncer in transaction mode, as managed PostgreSQL is usually
 * reached: the app's queries, transactions, jobs and checks through the pooler, migrations and
 * the LISTEN connection direct (docs/deploy.md).
 */
async function pooler(database: TestDatabase): Promise<Outcome> {
  const binary = findPgBouncer();
  if (!binary) {
    console.log(`\n━━ pooler ━━`);
    return missingTool("pooler", "PgBouncer", "pgbouncer", "PGBOUNCER_PATH");
  }
  const bouncer = await startPgBouncer(binary, database.url);
  try {
    return await vitest("pooler", {
      ...process.env,
      DATABASE_URL: bouncer.pooled(database.url),
      DATABASE_DIRECT_URL: database.url,
      TEST_THROUGH_POOLER: "1",
      // The embedded server's tooling starts servers of its own: nothing goes through a pooler.
      TEST_SKIP_EMBEDDED_TOOLING: "1",
    });
  } finally {
    await bouncer.stop();
  }
}

async function e2e(
  database: TestDatabase,
  suite: "e2e" | "multi" = "e2e",
  extraEnv: Record<string, string> = {},
): Promise<Outcome> {
  console.log(`\n━━ ${suite} ━━`);
  const started = performance.now();
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      "No Chromium found for the browser tests. Install one:\n" +
        "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
        "  elsewhere:     npx playwright install chromium\n" +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
    return { suite, passed: 0, failed: 1, seconds: 0, note: "no Chromium" };
  }
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    CHROMIUM_PATH: chromium,
    NEXT_TELEMETRY_DISABLED: "1",
    // A fresh secret per run: no test can depend on a cookie from another run.
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ...extraEnv,
  };
  if (!skipBuild) {
    const build = await productionBuild(root, env);
    if (build.code !== 0)
      return {
        suite,
        passed: 0,
        failed: 1,
        seconds: build.durationMs / 1000,
        note: "next build failed",
      };
    console.log(`[test] next build: ${(build.durationMs / 1000).toFixed(1)} s`);
    // One build serves every browser suite of this run (and every instance of the multi suite).
    skipBuild = true;
  }
  const output = resolve(reports, `${suite}.json`);
  rmSync(output, { force: true });
  const result = await runNode("@playwright/test/cli.js", ["test", ...playwrightArgs], {
    cwd: root,
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: output },
  });
  const seconds = (performance.now() - started) / 1000;
  const report = readJson<PlaywrightReport>(output);
  if (!report) return { suite, passed: 0, failed: 1, seconds, note: "runner crashed (no report)" };
  const { expected, unexpected, flaky } = report.stats;
  return {
    suite,
    passed: expected + flaky,
    failed: unexpected || (result.code === 0 ? 0 : 1),
    seconds,
    failures: playwrightFailures(report.suites ?? []),
  };
}

/**
 * The browser suite (but for its layout specs: playwright.config.ts) through nginx in front of
 * two `next start` of one build: round-robin, no sticky sessions (issue 22).
 */
async function multi(database: TestDatabase): Promise<Outcome> {
  const nginx = findNginx();
  if (!nginx) {
    console.log(`\n━━ multi ━━`);
    return missingTool("multi", "nginx", "nginx", "NGINX_PATH");
  }
  const prefix = mkdtempSync(join(tmpdir(), "family-nginx-"));
  try {
    const port = Number(process.env.E2E_PORT ?? 3200);
    const config = writeNginxConfig(prefix, port, [port + 1, port + 2]);
    return await e2e(database, "multi", {
      E2E_INSTANCES: "2",
      E2E_NGINX: nginx,
      E2E_NGINX_PREFIX: prefix,
      E2E_NGINX_CONF: config,
    });
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

async function main() {
  mkdirSync(reports, { recursive: true });
  const outcomes: Outcome[] = [];
  if (selected.includes("lint"))
    outcomes.push(await single("lint", "eslint/bin/eslint.js", [".", "--max-warnings", "0"]));
  if (selected.includes("typecheck")) {
    // Route types (PageProps<"/path">) and next-env.d.ts are generated by Next; a clean clone has
    // none yet.
    await runNode(NEXT_BIN, ["typegen"], { cwd: root, quiet: true });
    const app = await single("typecheck", "typescript/bin/tsc", ["--noEmit"]);
    // The service worker has its own project (WebWorker types, not the DOM's).
    const worker = await runNode("typescript/bin/tsc", ["--noEmit", "-p", "sw/tsconfig.json"], {
      cwd: root,
    });
    const ok = app.failed === 0 && worker.code === 0;
    outcomes.push({ ...app, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  }
  if (selected.includes("unit")) outcomes.push(await vitest("unit", process.env));

  // Each database suite gets a fresh database of its own: the browser suite's app processes must
  // not start by dispatching the integration suite's leftover events and retrying its webhooks to
  // receivers long gone.
  if (selected.includes("integration")) {
    outcomes.push(
      await onFreshDatabase((database) =>
        vitest("integration", { ...process.env, DATABASE_URL: database.url }),
      ),
    );
  }
  if (selected.includes("pooler")) outcomes.push(await onFreshDatabase(pooler));
  if (selected.includes("e2e")) outcomes.push(await onFreshDatabase((database) => e2e(database)));
  if (selected.includes("multi")) outcomes.push(await onFreshDatabase(multi));

  console.log("\n━━ summary ━━");
  for (const o of outcomes) {
    const note = o.note ? `  (${o.note})` : "";
    console.log(
      `${o.suite.padEnd(12)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed  ${o.seconds.toFixed(1)} s${note}`,
    );
  }
  for (const o of outcomes)
    for (const name of o.failures ?? []) console.log(`not passed: ${o.suite} › ${name}`);
  const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
  const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error("[test] the test run itself failed:", error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
