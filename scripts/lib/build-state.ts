// "Is there a current production build?" — the newest source file must be older than .next/BUILD_ID.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { NEXT_BIN, runNode, type RunResult } from "./processes";
import { buildServiceWorker, PARENT_WORKER, SERVICE_WORKER } from "./service-worker";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "proxy.ts",
  "sw",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function hasCurrentBuild(root: string, flavour: BuildFlavour = "production"): boolean {
  const buildId = join(root, flavour === "bench" ? ".next-bench" : ".next", "BUILD_ID");
  const workers = [SERVICE_WORKER, PARENT_WORKER].map((file) => join(root, file));
  if (!existsSync(buildId)) return false;
  if (flavour === "production" && !workers.every((file) => existsSync(file))) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) <= builtAt);
}

/**
 * "production": `.next`, what `npm start` runs. "bench": `.next-bench`, the same app with the JSON
 * API benchmark's baseline routes (next.config.mjs, BENCH_BUILD=1), for `npm run bench:api` only.
 */
export type BuildFlavour = "production" | "bench";

/** The environment that makes `next build` and `next start` use this flavour's build. */
export const flavourEnv = (flavour: BuildFlavour): Record<string, string> =>
  flavour === "bench" ? { BENCH_BUILD: "1" } : {};

/**
 * `next build` for production, without the type check: the launcher builds to run the app, and
 * `npm test` type-checks in a suite of its own (next.config.mjs reads BUILD_WITHOUT_TYPECHECK).
 */
export async function productionBuild(
  root: string,
  env: NodeJS.ProcessEnv,
  quiet = false,
  flavour: BuildFlavour = "production",
): Promise<RunResult> {
  const build = await runNode(NEXT_BIN, ["build"], {
    cwd: root,
    env: { ...env, ...flavourEnv(flavour), NODE_ENV: "production", BUILD_WITHOUT_TYPECHECK: "1" },
    quiet,
  });
  // The benchmark's build serves the API only: no service worker (it would be written over the
  // production build's, in public/).
  if (build.code !== 0 || flavour === "bench") return build;
  // The tablet's service worker is built from the result (its precache lists the static files).
  try {
    const sw = await buildServiceWorker(root);
    if (!quiet)
      console.log(
        `[build] service worker: ${(sw.bytes / 1024).toFixed(1)} KB in ${sw.ms.toFixed(0)} ms`,
      );
    return { ...build, durationMs: build.durationMs + sw.ms };
  } catch (error) {
    console.error("[build] the service worker could not be built:", error);
    return { ...build, code: 1 };
  }
}

/** Builds when the build is missing or stale (the benchmarks). */
export async function buildIfStale(
  root: string,
  log: (message: string) => void,
  flavour: BuildFlavour = "production",
) {
  if (hasCurrentBuild(root, flavour)) return;
  log(flavour === "bench" ? "building (with the benchmark's baselines)…" : "building…");
  const build = await productionBuild(root, process.env, true, flavour);
  if (build.code !== 0) throw new Error("next build failed");
}
