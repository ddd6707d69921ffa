// The database client of integration tests: the fresh database `npm test` created for this run.
import { createDbClient } from "@/lib/db-client";

export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "Integration tests need a fresh database: run them with `npm run test:integration` (or `npm test`).",
    );
  }
  return createDbClient({ url, connectTimeoutMs: 10_000, poolSize: 5 });
}
