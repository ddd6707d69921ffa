// Applies the committed migrations to a database with `prisma migrate deploy`, the same command
// production uses, so every start and every test run exercises the real deploy path.
import { resolve } from "node:path";
import { PRISMA_BIN, runNode } from "./processes";

const root = resolve(import.meta.dirname, "../..");

export async function deployMigrations(url: string): Promise<{ durationMs: number }> {
  const result = await runNode(PRISMA_BIN, ["migrate", "deploy"], {
    cwd: root,
    // This URL is where the migrations go: a DATABASE_DIRECT_URL of the environment (which
    // prisma.config.ts prefers) names another database.
    env: { ...process.env, DATABASE_URL: url, DATABASE_DIRECT_URL: url },
    quiet: true,
  });
  if (result.code !== 0) throw new Error("prisma migrate deploy failed (output above)");
  return { durationMs: result.durationMs };
}
