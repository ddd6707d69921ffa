import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": resolve(import.meta.dirname),
  "server-only": resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
};

// The embedded server's own tooling (its start, backups, the PGlite conversion) starts servers of
// its own, whatever DATABASE_URL says. CI's leg on the machine's PostgreSQL sets this after leg 2a
// has run them on the same clone: the same tests twice, 40 s (.ci/run).
const embeddedTooling =
  process.env.TEST_SKIP_EMBEDDED_TOOLING === "1"
    ? [
        "scripts/lib/backup/backup.integration.test.ts",
        "scripts/lib/embedded-postgres.integration.test.ts",
        "scripts/lib/pglite-conversion.integration.test.ts",
      ]
    : [];

// The pooler suite (`npm test`, scripts/test.ts) runs the integration suite through PgBouncer in
// transaction mode. Two files test what a transaction pooler does not offer, on purpose:
const notThroughPooler =
  process.env.TEST_THROUGH_POOLER === "1"
    ? [
        // Session state (SET, LISTEN, named prepared statements) is what transaction pooling
        // shares between clients: the file proves the app does not rely on it, on a direct server.
        "lib/database-sessions.integration.test.ts",
        // Finds its own server processes by application_name, which a pooler does not pass on.
        "lib/api/outage.integration.test.ts",
      ]
    : [];

export default defineConfig({
  resolve: { alias },
  test: {
    // One test file per core. Vitest's default leaves one core to its main process (cores - 1),
    // which on a 2-core machine ran every file one after the other: the integration suite spends
    // much of its time waiting on the database, and the main process little. Measured here:
    // integration 114 s with 1 worker, 82 s with 2, 89 s with 3; unit 13 s and 8 s (issue 12).
    maxWorkers: Math.max(availableParallelism(), 2),
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["{lib,scripts,prisma}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          // Needs DATABASE_URL pointing at a fresh, migrated database: run through `npm test`
          // or `npm run test:integration`, which create one.
          name: "integration",
          environment: "node",
          include: ["{app,lib,scripts,prisma}/**/*.integration.test.ts"],
          exclude: ["node_modules/**", ...embeddedTooling, ...notThroughPooler],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // The app's public address (calendar feeds are built from it): a server's, not a test's.
          env: { PUBLIC_URL: process.env.PUBLIC_URL || "https://routines.example.com" },
        },
      },
    ],
  },
});
