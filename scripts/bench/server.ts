// The benchmarks' app server: `next start` of the current build on a throw-away database, with a
// fresh secret, answered once /api/health says so.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { binPath, NEXT_BIN } from "../lib/processes";

export async function startServer(
  root: string,
  options: { port: number; databaseUrl: string; nodeArgs?: string[]; env?: Record<string, string> },
): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), binPath(NEXT_BIN), "start", "--port", String(options.port)],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: randomBytes(32).toString("base64"),
        NEXT_TELEMETRY_DISABLED: "1",
        ...options.env,
      },
    },
  );
  const health = `http://127.0.0.1:${options.port}/api/health`;
  for (let i = 0; !(await fetch(health).catch(() => null))?.ok; i++) {
    if (i > 120) throw new Error("the server did not become healthy");
    await new Promise((r) => setTimeout(r, 500));
  }
  return server;
}
