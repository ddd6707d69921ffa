// Configuration of the Prisma CLI only (migrate, generate, db seed). The app's runtime client is
// built in lib/db.ts and does not read this file. Why it looks like this:
// docs/decisions/001-prisma-6-wasm-engine.md.
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlQuery, type SqlResultSet } from "@prisma/driver-adapter-utils";

// Prisma 6's "js" schema engine is the WASM schema engine driven through a driver adapter, so no
// native engine is downloaded (the machines this project runs on cannot reach Prisma's binary host).

// `prisma generate` needs no database, but the CLI cannot read the schema unless env("DATABASE_URL")
// resolves (and then falls back to downloading a native engine). Give it a placeholder that can
// never connect, and keep the real value for the commands that do need a database.
// Migrations take a session-level advisory lock: behind a pooler in transaction mode they go to
// DATABASE_DIRECT_URL (docs/deploy.md).
const configuredUrl = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
process.env.DATABASE_URL ??= "postgresql://unset.invalid:5432/unset";

// The WASM schema engine arms a 10 s timer it never clears, which holds every CLI command open for
// 10 s after its work is done (migrate deploy: 11 s instead of 1 s). Unref long timers armed from
// WASM: they still fire while the process lives, they just no longer keep it alive. Short ones
// are left alone in case the engine ever sleeps on one.
const nativeSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
  const timer = nativeSetTimeout(handler, ms, ...args) as unknown as NodeJS.Timeout;
  if ((ms ?? 0) >= 5_000 && new Error().stack?.includes("wasm://")) timer.unref();
  return timer;
}) as typeof setTimeout;

// Workaround for prisma/orm#27403: the schema engine's catalog queries return pg_catalog columns
// (`name`, `"char"`, `int2vector`, …) that adapter-pg refuses to deserialize. Report every type OID
// below 1000 that the adapter does not know as text, except `"char"`, which the engine reads as a
// single character (constraint kinds): reading it back as text makes the WASM engine panic as soon
// as the database has a CHECK constraint, so those columns are re-labelled as Character.
const KNOWN_TYPE_OIDS = new Set([
  16, 17, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184,
  1266, 1560, 1562, 1700, 2950, 3802,
]);
const TEXT_OID = 25;
const CHAR_OID = 18;
const CHARACTER_COLUMN_TYPE = ColumnTypeEnum.Character;

type RawResult = { fields?: { dataTypeID: number }[] };
type Queryable = {
  performIO: (this: unknown, query: SqlQuery) => Promise<RawResult>;
  queryRaw: (this: unknown, query: SqlQuery) => Promise<SqlResultSet>;
};
type ScriptRunner = {
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
};
let catalogTypesPatched = false;

function databaseUrl(): string {
  const url = configuredUrl;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Point it at a Postgres database (`npm run db:url` prints the embedded one's while `npm start` runs).",
    );
  }
  return url;
}

// adapter-pg builds the shadow database's pool as {...config, database}; with a connectionString
// that override is lost, so pass discrete fields. allowExitOnIdle stops the CLI idling 10 s at exit.
function poolConfig(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1) || "postgres",
    allowExitOnIdle: true,
    idleTimeoutMillis: 500,
    connectionTimeoutMillis: 10_000,
  };
}

async function patchCatalogTypes(factory: PrismaPg) {
  if (catalogTypesPatched) return;
  const probe = await factory.connect();
  // PrismaPgAdapter → PgQueryable, whose private performIO every query goes through.
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(probe)) as Queryable;
  const { performIO, queryRaw } = queryable;
  const charColumns = new WeakMap<SqlQuery, number[]>();
  queryable.performIO = async function (this: unknown, query: SqlQuery) {
    const result = await performIO.call(this, query);
    const chars: number[] = [];
    (result?.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) chars.push(index);
      if (field.dataTypeID < 1000 && !KNOWN_TYPE_OIDS.has(field.dataTypeID))
        field.dataTypeID = TEXT_OID;
    });
    if (chars.length > 0) charColumns.set(query, chars);
    return result;
  };
  queryable.queryRaw = async function (this: unknown, query: SqlQuery) {
    const result = await queryRaw.call(this, query);
    for (const index of charColumns.get(query) ?? [])
      result.columnTypes[index] = CHARACTER_COLUMN_TYPE;
    return result;
  };
  // adapter-pg runs a migration by splitting it on every ";" (even inside strings, comments and
  // $$-quoted function bodies). Send the script whole instead, as the native engine did: Postgres
  // runs a multi-statement simple query as one implicit transaction, so a failing migration
  // leaves nothing half-applied.
  const adapterPrototype = Object.getPrototypeOf(probe) as {
    executeScript: (this: ScriptRunner, script: string) => Promise<void>;
  };
  adapterPrototype.executeScript = async function (this: ScriptRunner, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  await probe.dispose();
  catalogTypesPatched = true;
}

async function adapter() {
  const url = databaseUrl();
  const factory = new PrismaPg(poolConfig(url));
  await patchCatalogTypes(factory);
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter,
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});
