// Input hygiene at the API's door (issue 14): a chunked body is cut off at the limit while it
// streams, names must have something visible and no direction overrides, an emoji field takes one
// emoji. Each answer is 4xx in the document's shape and nothing is stored.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorBodySchema } from "@/lib/api/errors";
import { api, routeFiles, routeModule } from "@/lib/testing/api";
import { seedFamilyGraph, snapshotFamily, type FamilyGraph } from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const db = testDb();
let family: FamilyGraph;
let before: string;
beforeAll(async () => {
  family = await seedFamilyGraph(db);
  // The token's "last used" is written on its first use: use it once before the snapshot.
  await api("GET", "/api/v1/family", { token: family.apiToken });
  before = await snapshotFamily(db, family.familyId);
});
afterAll(async () => {
  expect(await snapshotFamily(db, family.familyId), "a refused request wrote something").toBe(
    before,
  );
  await db.$disconnect();
});

describe("the API's input hygiene", () => {
  it("cuts a chunked 100 MB body off at 64 KB while it streams, with memory growing less than 16 MB", async () => {
    const route = routeFiles().find((r) => r.template === "/api/v1/checks")!;
    const post = (await routeModule(route.file)).POST!;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20); // 1 MB of spaces: valid JSON whitespace
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 100) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const response = await post(
      new Request("http://app.test/api/v1/checks", {
        method: "POST",
        headers: {
          authorization: `Bearer ${family.apiToken}`,
          "content-type": "application/json",
        },
        body,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    const grewMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    console.log(
      `[measure] chunked 100 MB body: 413 after ${sent} MB read, RSS +${grewMb.toFixed(1)} MB`,
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
    expect(sent).toBeLessThanOrEqual(3);
    expect(grewMb).toBeLessThan(16);
  });

  it("refuses NUL and broken characters in a body or a query with 400", async () => {
    const nul = await api("POST", "/api/v1/habits", {
      token: family.apiToken,
      body: {
        memberId: family.kidId,
        name: "Read\u0000",
        icon: "📚",
        cadence: "WEEKLY",
        timesPerWeek: 2,
        startDate: "2026-11-01",
      },
    });
    expect(nul).toMatchObject({
      status: 400,
      body: {
        error: { code: "invalid_input", fieldErrors: { name: [expect.stringMatching(/NUL/)] } },
      },
    });
    const broken = await api("PATCH", `/api/v1/routines/${family.routineId}`, {
      token: family.apiToken,
      body: { name: "Morning \uD83D" },
    });
    expect(broken.status).toBe(400);
    const query = await api("GET", "/api/v1/habits?memberId=%00", { token: family.apiToken });
    expect(query.status).toBe(400);
  });

  it("refuses names with nothing visible or with direction overrides, and emoji fields with more than one emoji", async () => {
    const habit = (name: string, icon = "📚") =>
      api("POST", "/api/v1/habits", {
        token: family.apiToken,
        body: {
          memberId: family.kidId,
          name,
          icon,
          cadence: "WEEKLY",
          timesPerWeek: 2,
          startDate: "2026-11-01",
        },
      });
    for (const [name, icon, field] of [
      ["\u200B\u200B", "📚", "name"],
      ["\u202Ekoob", "📚", "name"],
      ["Read", "📚 read a lot", "icon"],
      ["Read", "📚📚", "icon"],
    ] as const) {
      const answer = await habit(name, icon);
      expect(answer.status, `${name} ${icon}`).toBe(400);
      expect(answer.body, `${name} ${icon}`).toMatchObject({
        error: { fieldErrors: { [field]: expect.any(Array) } },
      });
    }
  });

  it("answers unknown versions and paths, and methods a path does not have, in the error shape; takes a lower-case bearer", async () => {
    for (const path of ["/api/v2/members", "/api/nothing-here", "/api/v1/nothing-here"]) {
      const answer = await api("GET", path, { token: family.apiToken });
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toMatchObject({ error: { code: "not_found" } });
      expect(answer.headers.get("x-request-id"), path).toBeTruthy();
    }
    for (const [method, path, allow] of [
      ["PUT", "/api/v1/checks", "GET, POST"],
      ["DELETE", `/api/v1/habits/${family.habitId}/logs`, "GET, POST"],
      ["POST", "/api/v1/family", "GET, PATCH"],
      ["GET", `/api/v1/reward-requests/${family.rewardRequestId}/approve`, "POST"],
    ] as const) {
      const answer = await api(method, path, {
        token: family.apiToken,
        ...(method === "GET" ? {} : { body: {} }),
      });
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(errorBodySchema.parse(answer.body)).toMatchObject({
        error: { code: "method_not_allowed" },
      });
      expect(answer.headers.get("allow")).toBe(allow);
      expect(answer.headers.get("x-request-id")).toBeTruthy();
    }
    const lower = await api("GET", "/api/v1/family", {
      headers: { authorization: `bearer ${family.apiToken}` },
    });
    expect(lower.status).toBe(200);
  });
});
