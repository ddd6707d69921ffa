// Child processes for the launcher and the test runner: run to completion, or supervise.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/**
 * Absolute path of a package's CLI entry, run with this same Node: no shell, no npx lookup. Taken
 * from node_modules directly because packages' `exports` maps hide their bin files from resolve.
 */
export function binPath(entry: string): string {
  return resolve(root, "node_modules", entry);
}

export const NEXT_BIN = "next/dist/bin/next";
export const PRISMA_BIN = "prisma/build/index.js";

export type RunResult = { code: number; durationMs: number };

/** Runs `node <entry> …args` to completion, streaming its output. */
export function runNode(
  entry: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean } = {},
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath(entry), ...args], {
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      ...options,
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      const result = { code: code ?? (signal ? 128 : 1), durationMs: performance.now() - started };
      if (options.quiet && result.code !== 0) process.stderr.write(output);
      resolve(result);
    });
  });
}

/**
 * Runs a TypeScript file of this project (`node --import tsx file …args`) to completion. The
 * launcher runs one-off work such as the seed this way, so the libraries it loads (Prisma's
 * client, argon2) leave with the child instead of staying in the supervising process for good.
 */
export function runScript(
  file: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `${root}/${file}`, ...args], {
      stdio: "inherit",
      cwd: root,
      ...options,
    });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), durationMs: performance.now() - started }),
    );
  });
}

/** Waits for a child to exit; resolves with its exit code. */
export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))),
  );
}
