// The one Prisma client of the app process. Only lib/<domain>/queries.ts import it.
import "server-only";
import { createDbClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { wakeRelay } from "@/lib/live/relay";

// In development the client lives on globalThis, so hot reloads reuse its pool instead of opening
// a new one per edit. Elsewhere a module variable is enough (and keeps test files isolated).
const globalForDb = globalThis as unknown as { prismaClient?: PrismaClient };
let instance: PrismaClient | undefined;

function client(): PrismaClient {
  if (instance) return instance;
  const config = env();
  instance =
    (config.NODE_ENV === "development" ? globalForDb.prismaClient : undefined) ??
    createDbClient({
      url: config.DATABASE_URL,
      connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      poolSize: config.DATABASE_POOL_SIZE,
      logQueries: config.DATABASE_LOG_QUERIES,
      queryEvents: config.NODE_ENV === "test",
      // A change this process just committed is announced to live pages at once if this process
      // is the relay (lib/live/relay.ts), instead of on the relay's next beat.
      onRelease: wakeRelay,
    });
  if (config.NODE_ENV === "development") globalForDb.prismaClient = instance;
  return instance;
}

// Created on first use, not at import: `next build` imports every route module, and building must
// not need a reachable (or even configured) database.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const prisma = client();
    const value = Reflect.get(prisma, property, prisma);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});
