import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import packageJson from "@/package.json";

export type Health = {
  status: "ok" | "degraded";
  version: string;
  environment: string;
  database: "connected" | "unreachable";
};

// /api/health must answer within 3 s even when the database hangs instead of refusing connections;
// the pool's connect timeout covers refused and slow connects, this covers a stuck query.
const DATABASE_DEADLINE_MS = 2_500;

async function databaseReachable(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_DEADLINE_MS);
  });
  const probe = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(): Promise<Health> {
  const connected = await databaseReachable();
  return {
    status: connected ? "ok" : "degraded",
    version: packageJson.version,
    environment: env().NODE_ENV,
    database: connected ? "connected" : "unreachable",
  };
}
