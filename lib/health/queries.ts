import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { LATEST_MIGRATION } from "@/lib/health/schema-version";
import packageJson from "@/package.json";

export type SchemaState = "current" | "newer" | "outdated" | "missing" | "unknown";

export type Health = {
  status: "ok" | "degraded";
  version: string;
  environment: string;
  database: "connected" | "unreachable";
  /** Whether the app's own tables are there, at this build's migration (or a newer one). */
  schema: SchemaState;
};

// /api/health must answer within 3 s even when the database hangs instead of refusing connections;
// the pool's connect timeout covers refused and slow connects, this covers a stuck query.
const DATABASE_DEADLINE_MS = 2_500;

// Unqualified names on purpose: the check reads the tables the way the app's queries do, so a
// connection whose search_path no longer finds them is reported, not hidden.
const SCHEMA_PROBE = `
  SELECT (SELECT migration_name FROM _prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
          ORDER BY migration_name DESC LIMIT 1) AS latest,
         (SELECT count(*) FROM (SELECT 1 FROM families LIMIT 1) AS one)::int AS probed`;

type Probe = { database: Health["database"]; schema: SchemaState };

function isMissingRelation(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /42P01|does not exist/.test(text);
}

async function probeDatabase(): Promise<Probe> {
  try {
    const [row] = await db.$queryRawUnsafe<{ latest: string | null }[]>(SCHEMA_PROBE);
    const latest = row?.latest ?? "";
    const schema =
      latest === LATEST_MIGRATION ? "current" : latest > LATEST_MIGRATION ? "newer" : "outdated";
    return { database: "connected", schema };
  } catch (error) {
    if (isMissingRelation(error)) return { database: "connected", schema: "missing" };
    return { database: "unreachable", schema: "unknown" };
  }
}

async function probeWithDeadline(): Promise<Probe> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Probe>((resolve) => {
    timer = setTimeout(
      () => resolve({ database: "unreachable", schema: "unknown" }),
      DATABASE_DEADLINE_MS,
    );
  });
  try {
    return await Promise.race([probeDatabase(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(): Promise<Health> {
  const probe = await probeWithDeadline();
  const usable =
    probe.database === "connected" && (probe.schema === "current" || probe.schema === "newer");
  return {
    status: usable ? "ok" : "degraded",
    version: packageJson.version,
    environment: env().NODE_ENV,
    ...probe,
  };
}
