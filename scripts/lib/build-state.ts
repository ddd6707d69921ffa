// "Is there a current production build?" — the newest source file must be older than .next/BUILD_ID.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { NEXT_BIN, runNode, type RunResult } from "./processes";

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
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function hasCurrentBuild(root: string): boolean {
  const buildId = join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) <= builtAt);
}

/**
 * `next build` for production, without the type check: the launcher builds to run the app, and
 * `npm test` type-checks in a suite of its own (next.config.mjs reads BUILD_WITHOUT_TYPECHECK).
 */
export function productionBuild(
  root: string,
  env: NodeJS.ProcessEnv,
  quiet = false,
): Promise<RunResult> {
  return runNode(NEXT_BIN, ["build"], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", BUILD_WITHOUT_TYPECHECK: "1" },
    quiet,
  });
}

/** Builds when the build is missing or stale (the benchmarks). */
export async function buildIfStale(root: string, log: (message: string) => void) {
  if (hasCurrentBuild(root)) return;
  log("building…");
  const build = await productionBuild(root, process.env, true);
  if (build.code !== 0) throw new Error("next build failed");
}
