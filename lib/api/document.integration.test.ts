// The OpenAPI document against the code: every route handler under app/api is documented (and
// every documented operation has a handler), the benchmark baselines are not routes, and errors come
// in one shape with documented statuses (each answer is validated by lib/testing/api.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { api, METHODS, routeFiles, routeModule } from "@/lib/testing/api";
import { seedFamilyGraph, type FamilyGraph } from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { openApiDocument } = await import("@/lib/api/v1/index");

/** Route handlers that are not part of the JSON API, and why. */
const NOT_IN_DOCUMENT: Record<string, string> = {
  "/api/auth/{nextauth}": "Auth.js's own sign-in and session endpoints (HTML redirects, not JSON).",
  "/api/v1/{path}": "The catch-all that answers unknown API paths with a JSON 404.",
  "/api/{path}": "The same for paths outside /api/v1 (an unknown version, a typo).",
  "/api/live":
    "Server-Sent Events for the app's own pages (a parent's session or the tablet's cookie), not for API tokens: decision 028.",
};

const db = testDb();
let family: FamilyGraph;

beforeAll(async () => {
  family = await seedFamilyGraph(db);
});
afterAll(() => db.$disconnect());

describe("the OpenAPI document and the route handlers", () => {
  it("lists every route handler under app/api, and nothing without a handler", async () => {
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(openApiDocument().paths))
      for (const method of Object.keys(operations)) documented.add(`${method} ${path}`);
    const served = new Set<string>();
    for (const route of routeFiles()) {
      if (NOT_IN_DOCUMENT[route.template]) continue;
      const handlers = await routeModule(route.file);
      for (const method of METHODS) {
        const handler = handlers[method];
        // A 405 for a method the path does not have is not an operation.
        if (typeof handler === "function" && !(handler as { notAllowed?: true }).notAllowed)
          served.add(`${method.toLowerCase()} ${route.template}`);
      }
    }
    expect(
      [...served].filter((op) => !documented.has(op)),
      "handlers missing from the document",
    ).toEqual([]);
    expect(
      [...documented].filter((op) => !served.has(op)),
      "documented without a handler",
    ).toEqual([]);
    expect(served.size).toBeGreaterThanOrEqual(20);
  });

  it("has no benchmark baseline among its routes (they are the benchmark's own build's)", async () => {
    expect(routeFiles().filter((route) => route.template.includes("bench"))).toEqual([]);
    for (const [method, path] of [
      ["POST", "/api/bench/checks"],
      ["GET", "/api/bench/today"],
    ] as const) {
      const answer = await api(method, path, { body: method === "POST" ? {} : undefined });
      expect(answer.status).toBe(404);
    }
  });
});

describe("error answers", () => {
  it("answers errors in one shape, with documented statuses", async () => {
    const token = family.apiToken;
    const cases = [
      [await api("GET", "/api/v1/family"), 401, "unauthenticated"],
      [await api("GET", `/api/v1/routines/not-a-uuid`, { token }), 404, "not_found"],
      [await api("GET", `/api/v1/routines/${randomUUID()}`, { token }), 404, "not_found"],
      [await api("GET", "/api/v1/routines?limit=0", { token }), 400, "invalid_input"],
      [await api("GET", "/api/v1/routines?cursor=nonsense", { token }), 400, "invalid_input"],
      [await api("GET", "/api/v1/routines?color=red", { token }), 400, "invalid_input"],
      // Found by the fuzz test: "__proto__" must stay an (unknown, refused) key, not vanish.
      [
        await api("POST", "/api/v1/checks?__proto__=", {
          token,
          body: { memberId: randomUUID(), itemId: randomUUID(), clientEventId: randomUUID() },
        }),
        400,
        "invalid_input",
      ],
      [
        await api("POST", "/api/v1/habits", {
          token,
          rawBody: '{"__proto__":{"role":"PARENT"}}',
          headers: { "content-type": "application/json" },
        }),
        400,
        "invalid_input",
      ],
      [
        await api("POST", "/api/v1/habits", {
          token,
          rawBody: "{not json",
          headers: { "content-type": "application/json" },
        }),
        400,
        "invalid_json",
      ],
      [
        await api("POST", "/api/v1/habits", {
          token,
          rawBody: "name=x",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
        415,
        "unsupported_media_type",
      ],
      [
        await api("POST", "/api/v1/habits", { token, body: { name: "x".repeat(70_000) } }),
        413,
        "payload_too_large",
      ],
      [
        await api("POST", "/api/v1/habits", {
          token,
          body: { familyId: family.familyId, role: "PARENT" },
        }),
        400,
        "invalid_input",
      ],
    ] as const;
    for (const [answer, status, code] of cases) {
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ error: { code, message: expect.any(String) } });
      expect(JSON.stringify(answer.body)).not.toMatch(/prisma|SELECT|at .*\.ts:\d+/i);
    }
    const unknown = await api("GET", "/api/v1/nothing-here", { token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: "not_found" } });
  });
});
