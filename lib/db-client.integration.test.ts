// The app's Prisma client tells when a connection comes back to its pool (lib/db-client.ts
// onRelease), which wakes the live relay (lib/live/relay.ts): after a statement, and after a
// transaction only once it committed, so a change is visible to the relay when it is woken.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";

const url = process.env.DATABASE_URL!;
const seen: boolean[] = [];
const observer = new pg.Client({ connectionString: url });
let watching: string | null = null;

const db = createDbClient({
  url,
  poolSize: 2,
  onRelease: () => {
    if (!watching) return seen.push(false);
    // Whether the family is there for another connection at the moment of the release.
    const id = watching;
    void observer
      .query(`SELECT 1 FROM families WHERE id = $1`, [id])
      .then((r) => seen.push(r.rowCount === 1));
  },
});

afterAll(async () => {
  await db.$disconnect();
  await observer.end();
});

describe("the app's pool", () => {
  it("says when a connection comes back, after a statement and after a committed transaction", async () => {
    await observer.connect();
    await db.$queryRaw`SELECT 1`;
    expect(seen).toHaveLength(1);

    const id = randomUUID();
    watching = id;
    seen.length = 0;
    await db.$transaction(async (tx) => {
      await tx.family.create({ data: { id, name: "Released", timeZone: "UTC" } });
      await tx.$queryRaw`SELECT 1`;
    });
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    // Each release of that transaction's connection came after its COMMIT.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.every(Boolean)).toBe(true);
    watching = null;
    await db.family.delete({ where: { id } });
  });
});
