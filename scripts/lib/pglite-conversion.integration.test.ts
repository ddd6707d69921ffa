// A DATA_DIR written by the PGlite-based versions, built the way they built it (PGlite served over
// pglite-socket, `prisma migrate deploy`, the demo family seeded through Prisma), then converted on
// "first start" into the real server: every row of every table equal, the old files kept.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { demoSecrets } from "@/prisma/demo-family";
import { seedDemoFamily } from "@/prisma/seed";
import type { Queryable } from "@/scripts/lib/backup/catalog";
import { tableFingerprints } from "@/scripts/lib/backup/fingerprint";
import { isInitialised, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { deployMigrations } from "@/scripts/lib/migrations";
import { withClient } from "@/scripts/lib/pg-client";
import {
  PGLITE_PACKAGE,
  convertPgliteDataDir,
  installReader,
  isPgliteDataDir,
} from "@/scripts/lib/pglite-conversion";

// Kept between runs on one machine: the install is the slow part (about 10 s).
const cacheDir = join(tmpdir(), "family-routines-pglite-0.4.6");
const work = mkdtempSync(join(tmpdir(), "family-pglite-test-"));
chmodSync(work, 0o711);

afterAll(() => rmSync(work, { recursive: true, force: true }));

type OldPglite = Queryable & { close(): Promise<void> };

/** The old launcher's database, exactly: PGlite on DATA_DIR/pgdata behind pglite-socket. */
async function oldEmbeddedDatabase(pgdata: string) {
  const socketDir = installReader(cacheDir, ["@electric-sql/pglite-socket@0.1.6", PGLITE_PACKAGE]);
  const pgliteDir = join(cacheDir, "node_modules", "@electric-sql", "pglite");
  const { PGlite } = (await import(pathToFileURL(join(pgliteDir, "dist", "index.js")).href)) as {
    PGlite: { create(dir: string): Promise<OldPglite> };
  };
  const { PGLiteSocketServer } = (await import(
    pathToFileURL(join(socketDir, "dist", "index.js")).href
  )) as {
    PGLiteSocketServer: new (options: object) => {
      start(): Promise<void>;
      stop(): Promise<void>;
      getServerConn(): string;
    };
  };
  const db = await PGlite.create(pgdata);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 20 });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    db,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

describe("a DATA_DIR from the PGlite-based version", () => {
  it("is converted on first start with every row of every table equal, the old files kept", async () => {
    const directory = join(work, "data");
    mkdirSync(directory);
    const old = await oldEmbeddedDatabase(join(directory, "pgdata"));
    await deployMigrations(old.url);
    await seedDemoFamily(old.url, demoSecrets({}));
    const expected = await tableFingerprints(old.db);
    await old.stop();
    expect(expected.item_checks!.rows).toBeGreaterThan(100);
    expect(expected._prisma_migrations!.rows).toBeGreaterThan(0);

    expect(isPgliteDataDir(directory)).toBe(true);
    const messages: string[] = [];
    const server = await convertPgliteDataDir(directory, (m) => messages.push(m), { cacheDir });
    try {
      expect(await withClient(server.url, tableFingerprints)).toEqual(expected);
    } finally {
      await server.stop();
    }
    expect(messages.join("\n")).toMatch(/converted; the old PGlite files are kept/);
    expect(existsSync(join(directory, "pgdata.pglite-converted", "PG_VERSION"))).toBe(true);
    expect(isPgliteDataDir(directory)).toBe(false);
    expect(isInitialised(directory)).toBe(true);

    // The next start is an ordinary one, on the converted data.
    const again = await startEmbeddedPostgres({ directory });
    await deployMigrations(again.url);
    await again.stop();
  }, 180_000);
});
