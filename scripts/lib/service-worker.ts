// Builds the family tablet's service worker (sw/sw.ts) after `next build`, with Serwist's
// configurator mode for Next (@serwist/next/config + @serwist/cli): it knows where Next puts its
// static files and writes their precache list into the worker. Bundler-agnostic, so it works with
// Next 16's default Turbopack build (decision 016). The result, .next/sw.js, is served by
// app/sw.js/route.ts. The parents' small notification worker (sw/parent.ts) is bundled beside it,
// .next/parent-sw.js, served by app/parent-sw.js/route.ts.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

export const SERVICE_WORKER = ".next/sw.js";
/** The parents' worker (sw/parent.ts): notifications only, no precache; served at /parent-sw.js. */
export const PARENT_WORKER = ".next/parent-sw.js";

export async function buildServiceWorker(root: string) {
  const started = performance.now();
  const { serwist } = await import("@serwist/next/config");
  const { runBuildCommand } = await import("@serwist/cli");
  const config = await serwist(
    {
      swSrc: join(root, "sw/sw.ts"),
      swDest: join(root, SERVICE_WORKER),
      globDirectory: root,
      // The tablet's pages are dynamic (a kid's day): cached as visited, not prerendered.
      precachePrerendered: false,
    },
    undefined,
    { cwd: root, isDev: false },
  );
  await runBuildCommand({ config, watch: false });
  // The parents' worker needs nothing from the build: one small bundle of its own.
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(root, "sw/parent.ts")],
    outfile: join(root, PARENT_WORKER),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    tsconfig: join(root, "sw/tsconfig.json"),
    logLevel: "warning",
  });
  const bytes = [SERVICE_WORKER, PARENT_WORKER]
    .map((file) => join(root, file))
    .reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
  return { ms: performance.now() - started, bytes };
}
