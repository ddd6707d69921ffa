// The token cache across app instances: a token in use costs no SQL statement, and a revocation
// or a new family time zone made by another instance (here: another connection) reaches this one
// through Postgres NOTIFY within moments.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { api } from "@/lib/testing/api";
import { seedFamilyGraph, type FamilyGraph } from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";
import { recordStatements } from "@/lib/testing/statements";
import { localDateAt } from "@/lib/time/rules";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { isListening } = await import("@/lib/db-events");
const { TOKEN_CHANNEL } = await import("@/lib/api-tokens/rules");

const db = testDb();
const otherInstance = new pg.Client({ connectionString: process.env.DATABASE_URL });
let family: FamilyGraph;

beforeAll(async () => {
  family = await seedFamilyGraph(db);
  await otherInstance.connect();
  await api("GET", "/api/v1/members", { token: family.apiToken });
  await vi.waitFor(() => expect(isListening()).toBe(true), { timeout: 5_000 });
});
afterAll(async () => {
  await otherInstance.end();
  await db.$disconnect();
});

async function tokenLookups(work: () => Promise<unknown>) {
  const { statements } = await recordStatements(work);
  return statements.filter((sql) => sql.includes("api_tokens")).length;
}

describe("the API token cache", () => {
  it("answers a token in use from memory", async () => {
    await api("GET", "/api/v1/members", { token: family.apiToken });
    const lookups = await tokenLookups(() =>
      api("GET", "/api/v1/members", { token: family.apiToken }),
    );
    expect(lookups).toBe(0);
  });

  it("forgets a token another instance revoked, within moments", async () => {
    expect((await api("GET", "/api/v1/members", { token: family.apiToken })).status).toBe(200);
    const started = performance.now();
    await otherInstance.query("BEGIN");
    await otherInstance.query(`UPDATE api_tokens SET "revokedAt" = now() WHERE id = $1`, [
      family.apiTokenId,
    ]);
    await otherInstance.query("SELECT pg_notify($1, $2)", [
      TOKEN_CHANNEL,
      `token:${family.apiTokenId}`,
    ]);
    await otherInstance.query("COMMIT");
    await vi.waitFor(
      async () =>
        expect((await api("GET", "/api/v1/members", { token: family.apiToken })).status).toBe(401),
      { timeout: 2_000, interval: 5 },
    );
    console.log(
      `[measure] revocation by another instance honoured after ${(performance.now() - started).toFixed(0)} ms`,
    );
  });

  it("re-reads the family's calendar when another instance changes its time zone", async () => {
    const other = await seedFamilyGraph(db);
    const today = async () =>
      ((await api("GET", "/api/v1/family", { token: other.apiToken })).body as { today: string })
        .today;
    // Kiritimati is UTC+14 and Pago Pago UTC-11: their dates differ at every hour of the day.
    const moveTo = async (timeZone: string) => {
      await otherInstance.query(`UPDATE families SET "timeZone" = $2 WHERE id = $1`, [
        other.familyId,
        timeZone,
      ]);
      await otherInstance.query("SELECT pg_notify($1, $2)", [
        TOKEN_CHANNEL,
        `family:${other.familyId}`,
      ]);
    };
    await moveTo("Pacific/Kiritimati");
    await vi.waitFor(async () =>
      expect(await today()).toBe(localDateAt(new Date(), "Pacific/Kiritimati")),
    );
    await today(); // cached now
    await moveTo("Pacific/Pago_Pago");
    await vi.waitFor(
      async () => expect(await today()).toBe(localDateAt(new Date(), "Pacific/Pago_Pago")),
      {
        timeout: 2_000,
        interval: 10,
      },
    );
  });
});
