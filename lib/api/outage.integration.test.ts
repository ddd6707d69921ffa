// The database stops under a running app (issue 14): every endpoint answers 503 `unavailable`
// with Retry-After, in the document's shape; a write whose connection is lost mid-statement says
// the outcome is unknown and that a retry with the same key is safe (and it is); when the database
// is back, everything answers again without a restart.
//
// The app's client in this file reaches PostgreSQL through a TCP proxy the test can stop: stopping
// it refuses new connections and cuts the open ones, as a stopped or crashed server does.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exampleFromSchema, type JsonSchema } from "@/lib/api/schema-examples";
import { api } from "@/lib/testing/api";
import { testDb } from "@/lib/testing/db";
import { databaseProxy } from "@/lib/testing/tcp-proxy";
import {
  createApiTokenRow,
  createFamily,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const db = testDb(); // the test's own client: straight to the server, never through the proxy
const proxy = databaseProxy(new URL(process.env.DATABASE_URL!));
let token: string;
let familyId: string;
let kidId: string;
let itemId: string;

beforeAll(async () => {
  await proxy.start();
  // The app's one client (lib/db.ts) reads DATABASE_URL on its first query, after this.
  // Named, so the test finds the app's own waiting statement among every other test file's.
  const app = new URL(proxy.url());
  app.searchParams.set("application_name", "outage-test-app");
  process.env.DATABASE_URL = app.toString();
  const family = await createFamily(db);
  familyId = family.id;
  const parent = await createParent(db, familyId);
  kidId = (await createKid(db, familyId)).id;
  const routine = await createRoutine(db, familyId, { kidIds: [kidId], cards: [["A", "B"]] });
  itemId = routine.items[0]!.id;
  token = (await createApiTokenRow(db, familyId, parent.member.id, "READ_WRITE")).token;
});
afterAll(async () => {
  await proxy.stop().catch(() => undefined);
  await db.$disconnect();
});

describe("while the database is stopped", () => {
  it("every endpoint answers 503 unavailable with Retry-After, and answers again once it is back", async () => {
    expect((await api("GET", "/api/v1/family", { token })).status).toBe(200);
    await proxy.stop();
    try {
      await everyEndpointUnavailable();
    } finally {
      await proxy.start();
    }
    await vi.waitFor(
      async () => expect((await api("GET", "/api/v1/family", { token })).status).toBe(200),
      { timeout: 10_000, interval: 200 },
    );
  });
});

async function everyEndpointUnavailable() {
  const { endpoints, openApiDocument } = await import("@/lib/api/v1/index");
  const document = JSON.parse(JSON.stringify(openApiDocument())) as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: { "application/json": { schema: JsonSchema } } } }>
    >;
  };
  const needDatabase = endpoints.filter((e) => e.access !== "public");
  expect(needDatabase.length).toBeGreaterThan(10);
  for (const endpoint of needDatabase) {
    const name = `${endpoint.method} ${endpoint.path}`;
    const operation = document.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
    const schema = operation.requestBody?.content["application/json"].schema;
    const body = endpoint.body
      ? (endpoint.example?.body ?? exampleFromSchema(schema!, 0))
      : undefined;
    // A body the endpoint would refuse is answered 400 before the database is asked.
    if (endpoint.body) expect(endpoint.body.safeParse(body).success, `${name}: example`).toBe(true);
    const path = endpoint.path.replace("{id}", randomUUID()).replace("{number}", "1");
    const answer = await api(endpoint.method, path, {
      token,
      ...(body === undefined ? {} : { body }),
    });
    expect(answer.status, name).toBe(503);
    expect(answer.body, name).toMatchObject({ error: { code: "unavailable" } });
    expect(answer.headers.get("retry-after"), name).toBe("5");
    // A write says whether it may have been saved: "nothing was saved" when no connection
    // could be made, "may or may not" when a pooled connection died under the statement.
    const message = (answer.body as { error: { message: string } }).error.message;
    if (endpoint.method !== "GET")
      expect(message, name).toMatch(/nothing was saved|may or may not have been saved/);
  }
  // Health says so too, in its own shape.
  const health = await api("GET", "/api/health");
  expect(health.status).toBe(503);
}

describe("a write whose connection is lost while it runs", () => {
  it("answers 503 saying the outcome is unknown, and the retry with the same key is safe", async () => {
    const clientEventId = randomUUID();
    const body = { memberId: kidId, itemId, clientEventId };
    // Hold the check's event lock (lib/events/undone.ts) so the check waits inside check_item(),
    // then end its connection the way a server crash or fast stop does.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const holding = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('event:' || ${familyId}::uuid::text || ${clientEventId}::uuid::text, 0))`;
        await released;
      },
      { timeout: 30_000 },
    );
    const answer = api("POST", "/api/v1/checks", { token, body });
    await vi.waitFor(
      async () => {
        const waiting = await db.$queryRaw<{ count: bigint }[]>`
          SELECT count(*) AS count FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query LIKE '%check_item%'
            AND application_name = 'outage-test-app'`;
        expect(waiting[0]?.count).toBe(1n);
      },
      { timeout: 10_000, interval: 50 },
    );
    await db.$queryRaw`
      SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity
      WHERE wait_event_type = 'Lock' AND query LIKE '%check_item%'
        AND application_name = 'outage-test-app'`;
    const lost = await answer;
    release();
    await holding;

    expect(lost.status).toBe(503);
    expect(lost.headers.get("retry-after")).toBe("5");
    expect(lost.body).toMatchObject({
      error: {
        code: "unavailable",
        message: expect.stringMatching(
          /may or may not have been saved.*same clientEventId.*is safe/,
        ),
      },
    });
    // The retry stores the check exactly once, whatever the lost attempt did.
    const retry = await api("POST", "/api/v1/checks", { token, body });
    const again = await api("POST", "/api/v1/checks", { token, body });
    expect([retry.status, again.status]).toEqual([201, 200]);
    expect(await db.itemCheck.count({ where: { memberId: kidId, itemId } })).toBe(1);
  });
});
