// SECURITY.md for the API: tokens (revoked, expired, read-only, stored hashed), the same-origin
// rule for cookie-authenticated changes, no caller → 401 whatever headers a client adds, the
// tablet's cookie refused, idempotent check-offs. Another family's ids: cross-family.integration.test.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { api, newHabit } from "@/lib/testing/api";
import { seedFamilyGraph, snapshotFamily, type FamilyGraph } from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";
import { createApiTokenRow } from "@/lib/testing/factories";
import { setTestCookie, signedInAs, signedOut } from "@/lib/testing/session-mock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { endpoints } = await import("@/lib/api/v1/index");
const { TABLET_COOKIE } = await import("@/lib/auth/tablet-cookie");
const { createApiToken } = await import("@/lib/api-tokens/queries");

const db = testDb();
let a: FamilyGraph;

beforeAll(async () => {
  a = await seedFamilyGraph(db);
});
afterAll(() => db.$disconnect());

describe("API tokens", () => {
  it("are stored as a hash with a short prefix; the secret is returned once", async () => {
    const { id, token } = await createApiToken(a.familyId, a.parent.member.id, {
      name: "Home Assistant",
      scope: "READ",
      expiresInDays: 30,
    });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(token.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(16);
    expect(JSON.stringify(row)).not.toContain(token.slice(row.prefix.length));
  });

  it("answer 401 when unknown, malformed, revoked or expired", async () => {
    const revoked = await createApiTokenRow(db, a.familyId, a.parent.member.id, "READ_WRITE");
    await db.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    const expired = await createApiTokenRow(db, a.familyId, a.parent.member.id, "READ_WRITE", {
      expiresInDays: 1,
    });
    await db.apiToken.update({
      where: { id: expired.id },
      data: { createdAt: new Date("2026-01-01"), expiresAt: new Date("2026-01-02") },
    });
    for (const headers of [
      { authorization: `Bearer frt_${"x".repeat(43)}` },
      { authorization: "Bearer" },
      { authorization: `Basic ${btoa("a:b")}` },
      { authorization: `Bearer ${revoked.token}` },
      { authorization: `Bearer ${expired.token}` },
    ]) {
      const answer = await api("GET", "/api/v1/family", { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.headers.get("www-authenticate")).toContain("Bearer");
    }
    const says = async (token: string) =>
      ((await api("GET", "/api/v1/family", { token })).body as { error: { message: string } }).error
        .message;
    expect(await says(expired.token)).toMatch(/^This API token has expired\. Create a new one/);
    expect(await says(revoked.token)).toMatch(/^This API token was revoked\. Create a new one/);
  });

  it("answer 200 to 20 concurrent requests with one valid token (8 were 401 on PGlite)", async () => {
    const { token } = await createApiTokenRow(db, a.familyId, a.parent.member.id, "READ");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api("GET", i % 2 ? "/api/v1/family" : "/api/v1/routines", { token }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
  });

  it("a read-only token may read but every write answers 403 and writes nothing", async () => {
    const readOnly = await createApiTokenRow(db, a.familyId, a.parent.member.id, "READ");
    expect((await api("GET", "/api/v1/habits", { token: readOnly.token })).status).toBe(200);
    // "Last used" is written after the answer: let it land before the snapshot.
    await vi.waitFor(async () =>
      expect(
        (await db.apiToken.findUniqueOrThrow({ where: { id: readOnly.id } })).lastUsedAt,
      ).not.toBeNull(),
    );
    const before = await snapshotFamily(db, a.familyId);
    const answer = await api("POST", "/api/v1/habits", {
      token: readOnly.token,
      body: newHabit(a.kidId),
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: "forbidden" } });
    // Every write operation, aimed at the family's own rows with a valid body.
    const ids: Record<string, string> = {
      routines: a.routineId,
      members: a.kidId,
      checks: a.checkId,
      habits: a.habitId,
      "habit-logs": a.habitLogId,
      rewards: a.rewardId,
      "reward-requests": a.rewardRequestId,
    };
    for (const endpoint of endpoints.filter((e) => e.access === "write")) {
      const collection = endpoint.path.split("/")[3]!;
      const path = endpoint.path.replace("{id}", ids[collection] ?? a.routineId);
      const write = await api(endpoint.method, path, {
        token: readOnly.token,
        ...(endpoint.body ? { body: endpoint.example?.body ?? {} } : {}),
      });
      expect(write.status, `${endpoint.method} ${endpoint.path}`).toBe(403);
    }
    expect(await snapshotFamily(db, a.familyId)).toBe(before);
  });

  it("record when they were last used, at most once a minute", async () => {
    const token = await createApiTokenRow(db, a.familyId, a.parent.member.id, "READ");
    await api("GET", "/api/v1/members", { token: token.token });
    await vi.waitFor(async () => {
      const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(row.lastUsedAt).not.toBeNull();
    });
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    await api("GET", "/api/v1/members", { token: token.token });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(second).toEqual(first);
  });
});

describe("the session cookie", () => {
  afterAll(() => {
    signedOut();
    setTestCookie(TABLET_COOKIE, null);
  });

  it("reads without an Origin, but changes only from the same origin", async () => {
    signedInAs(a.parent.user.id, 0);
    expect((await api("GET", "/api/v1/family")).status).toBe(200);
    const before = await snapshotFamily(db, a.familyId);
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      {},
    ];
    for (const headers of foreign) {
      const answer = await api("POST", "/api/v1/habits", { headers, body: newHabit(a.kidId) });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await snapshotFamily(db, a.familyId)).toBe(before);
    const sameOrigin = await api("POST", "/api/v1/habits", {
      headers: { origin: "http://app.test" },
      body: newHabit(a.kidId),
    });
    expect(sameOrigin.status).toBe(201);
    const fetchMetadata = await api(
      "PATCH",
      `/api/v1/habits/${(sameOrigin.body as { id: string }).id}`,
      {
        headers: { "sec-fetch-site": "same-origin" },
        body: { name: "Stretch well" },
      },
    );
    expect(fetchMetadata.status).toBe(200);
  });

  it("of the family tablet never opens the API", async () => {
    signedInAs(a.parent.user.id, 0);
    setTestCookie(TABLET_COOKIE, "any-tablet-token");
    const answer = await api("GET", "/api/v1/family");
    expect(answer.status).toBe(403);
    setTestCookie(TABLET_COOKIE, null);
  });

  it("of a session that ended (old session version) is 401", async () => {
    signedInAs(a.parent.user.id, 7);
    expect((await api("GET", "/api/v1/family")).status).toBe(401);
  });
});

describe("without a caller", () => {
  // SECURITY.md #2: headers that once bypassed middleware-only auth change nothing here.
  const sneaky = {
    "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
    rsc: "1",
    "next-router-prefetch": "1",
  };

  it("every non-public endpoint answers 401 and writes nothing", async () => {
    signedOut();
    const before = await snapshotFamily(db, a.familyId);
    for (const endpoint of endpoints.filter((e) => e.access !== "public")) {
      const path = endpoint.path.replace("{id}", a.routineId);
      const answer = await api(endpoint.method, path, {
        headers: sneaky,
        ...(endpoint.body ? { body: endpoint.example?.body ?? {} } : {}),
      });
      expect(answer.status, `${endpoint.method} ${endpoint.path}`).toBe(401);
      expect(JSON.stringify(answer.body)).not.toContain(a.familyId);
    }
    expect(await snapshotFamily(db, a.familyId)).toBe(before);
  });
});

describe("idempotent check-offs", () => {
  it("20 parallel posts of one check store one row; every answer carries its id", async () => {
    const item = await db.routineItem.findFirstOrThrow({
      where: { familyId: a.familyId, id: { not: a.itemId } },
    });
    const body = { memberId: a.kidId, itemId: item.id, clientEventId: randomUUID() };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => api("POST", "/api/v1/checks", { token: a.apiToken, body })),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    expect(answers.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(new Set(answers.map((r) => (r.body as { id: string }).id)).size).toBe(1);
    expect(await db.itemCheck.count({ where: { itemId: item.id, memberId: a.kidId } })).toBe(1);
  });
});

describe("responses carry only allow-listed fields", () => {
  it("no hash, email or secret reaches a client", async () => {
    const bodies = await Promise.all(
      ["/api/v1/family", "/api/v1/members?includeArchived=true"].map((path) =>
        api("GET", path, { token: a.apiToken }),
      ),
    );
    const text = JSON.stringify(bodies.map((r) => r.body));
    expect(text).toContain(a.kidId);
    expect(text).not.toMatch(/pinHash|passwordHash|tokenHash|argon2|@example\.test|userId/);
  });
});
