// The benchmarks' app server: `next start` of the current build on a throw-away database, with a
// fresh secret, answered once /api/health says so.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encode } from "next-auth/jwt";
import { findNginx, writeNginxConfig } from "../lib/nginx";
import { binPath, NEXT_BIN } from "../lib/processes";

/** The session cookie's name on plain http (Auth.js). */
export const SESSION_COOKIE = "authjs.session-token";

/** A parent's session cookie value, as signing in makes it, for a server with this AUTH_SECRET. */
export function sessionToken(
  user: { id: string; name: string; email: string; sessionVersion: number },
  secret: string,
): Promise<string> {
  return encode({
    token: { sub: user.id, name: user.name, email: user.email, sv: user.sessionVersion },
    secret,
    salt: SESSION_COOKIE,
  });
}

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

/** nginx on `port` in front of `upstreams` (scripts/lib/nginx.ts's config), answered. */
export async function startNginx(port: number, upstreams: number[]): Promise<ChildProcess> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed (apt-get install nginx)");
  const prefix = mkdtempSync(join(tmpdir(), "bench-nginx-"));
  const conf = writeNginxConfig(prefix, port, upstreams);
  const child = spawn(nginx, ["-p", prefix, "-c", conf, "-g", "daemon off;"], {
    stdio: "inherit",
  });
  for (
    let i = 0;
    !(await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok;
    i++
  ) {
    if (i > 40) throw new Error("nginx did not answer");
    await new Promise((r) => setTimeout(r, 250));
  }
  return child;
}
