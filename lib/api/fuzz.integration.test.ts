// Random input for every endpoint (SECURITY.md #20): malformed ids, unknown and mistyped query
// parameters, random JSON, near-valid bodies with one field broken, and bytes that are not JSON.
// Bad input answers 4xx in the error shape (validated against the document by the api helper),
// never 5xx, and the family is exactly as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AnyEndpoint } from "@/lib/api/endpoint";
import { api } from "@/lib/testing/api";
import { seedFamilyGraph, snapshotFamily, type FamilyGraph } from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";
import { findUnstorableText } from "@/lib/validation/text";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { endpoints } = await import("@/lib/api/v1/index");

const RUNS = 25;
const db = testDb();
let family: FamilyGraph;
let before: string;

beforeAll(async () => {
  family = await seedFamilyGraph(db);
  // The streak row exists up front, so a GET that brings it up to date has nothing to write.
  await api("GET", `/api/v1/habits/${family.habitId}/streak`, { token: family.apiToken });
  before = await snapshotFamily(db, family.familyId);
});
afterAll(async () => {
  expect(await snapshotFamily(db, family.familyId), "fuzzing wrote something").toBe(before);
  await db.$disconnect();
});

/** The real id each path's {id} names, so body and query fuzzing gets past the path. */
function realPath(endpoint: AnyEndpoint) {
  const ids: Record<string, string> = {
    "/api/v1/routines/": family.routineId,
    "/api/v1/members/": family.kidId,
    "/api/v1/checks/": family.checkId,
    "/api/v1/habits/": family.habitId,
    "/api/v1/habit-logs/": family.habitLogId,
    "/api/v1/rewards/": family.rewardId,
    "/api/v1/reward-requests/": family.rewardRequestId,
  };
  const prefix = Object.keys(ids).find((p) => endpoint.path.startsWith(p));
  const path = endpoint.path.replace("{number}", "1");
  return prefix ? path.replace("{id}", ids[prefix]!) : path;
}

const call = (endpoint: AnyEndpoint, path: string, options: Parameters<typeof api>[2] = {}) =>
  api(endpoint.method, path, { token: family.apiToken, ...options });

function expectRefusal(answer: Awaited<ReturnType<typeof api>>, label: string) {
  expect(answer.status, label).toBeGreaterThanOrEqual(400);
  expect(answer.status, label).toBeLessThan(500);
  expect(answer.body, label).toMatchObject({ error: { code: expect.any(String) } });
}

/** A value of a JSON type no field of ours accepts in place of `value` (arrays ↔ objects ↔ scalars). */
const wrongTypeFor = (value: unknown) =>
  Array.isArray(value)
    ? fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 })
    : fc.array(fc.jsonValue(), { minLength: 1 });

// "." and ".." are not ids: URLs resolve them away before any route sees them.
const segment = fc.string({ minLength: 1 }).filter((s) => s !== "." && s !== "..");

const writes = endpoints.filter((e) => e.access === "write");

describe.each(endpoints.map((e) => [`${e.method} ${e.path}`, e] as const))("%s", (_, endpoint) => {
  if (endpoint.params) {
    it("refuses random ids with 404", async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(segment, fc.uuid()), async (id) => {
          const path = endpoint.path
            .replace("{id}", encodeURIComponent(id))
            .replace("{number}", "1");
          const answer = await call(endpoint, path, {
            ...(endpoint.body ? { body: endpoint.example?.body ?? {} } : {}),
          });
          expectRefusal(answer, `${endpoint.method} ${path}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("never fails on random query parameters", async () => {
    const known = Object.keys(endpoint.query?.shape ?? {});
    const key = known.length ? fc.oneof(fc.constantFrom(...known), fc.string()) : fc.string();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(key, fc.oneof(fc.string(), fc.integer().map(String)), { minKeys: 1 }),
        async (query) => {
          const search = new URLSearchParams(query).toString();
          const answer = await call(endpoint, `${realPath(endpoint)}?${search}`, {
            ...(endpoint.body ? { body: endpoint.example?.body ?? {} } : {}),
          });
          expect(answer.status, search).toBeLessThan(500);
          if (
            !(endpoint.query ?? { safeParse: () => ({ success: false }) }).safeParse(query).success
          )
            expectRefusal(answer, search);
        },
      ),
      { numRuns: RUNS },
    );
  });

  if (endpoint.body) {
    const body = endpoint.body;
    const invalid = (value: unknown) => !body.safeParse(value).success;

    it("refuses random JSON bodies with 400", async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue().filter(invalid), async (value) => {
          expectRefusal(
            await call(endpoint, realPath(endpoint), { body: value }),
            JSON.stringify(value),
          );
        }),
        { numRuns: RUNS },
      );
    });

    it("refuses a valid-looking body with one unknown or mistyped field", async () => {
      const example = (endpoint.example?.body ?? {}) as Record<string, unknown>;
      const fields = Object.keys(example);
      const broken = fc.oneof(
        fc
          .tuple(fc.string({ minLength: 1 }), fc.jsonValue())
          .map(([key, value]) => ({ ...example, [`x-${key}`]: value })),
        ...(fields.length
          ? [
              fc
                .constantFrom(...fields)
                .chain((field) =>
                  wrongTypeFor(example[field]).map((value) => ({ ...example, [field]: value })),
                ),
            ]
          : []),
      );
      await fc.assert(
        fc.asyncProperty(broken.filter(invalid), async (value) => {
          const answer = await call(endpoint, realPath(endpoint), { body: value });
          expectRefusal(answer, JSON.stringify(value));
          expect(answer.status).toBe(400);
        }),
        { numRuns: RUNS },
      );
    });

    it("refuses NUL, lone surrogates, bidi overrides and invisible text in every string field with 400", async () => {
      const example = (endpoint.example?.body ?? {}) as Record<string, unknown>;
      const shape = (body as unknown as { shape?: Record<string, unknown> }).shape;
      const fields = [...new Set([...Object.keys(shape ?? {}), ...Object.keys(example)])];
      expect(fields.length).toBeGreaterThan(0);
      const hostile = fc.constantFrom(
        "a\u0000b",
        "\u0000",
        "\uD800",
        "x\uDC00y",
        "Read \uD83D",
        "\u202Eevil",
        "\u2066x\u2069",
        "\u200B\u200B",
        "\uFEFF",
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fields), hostile, async (field, text) => {
          const value = { ...example, [field]: text };
          // NUL and broken characters are refused before any schema; the rest by the field's.
          fc.pre(invalid(value) || findUnstorableText(value) !== null);
          const answer = await call(endpoint, realPath(endpoint), { body: value });
          expectRefusal(answer, `${field}: ${JSON.stringify(text)}`);
          expect(answer.status, `${field}: ${JSON.stringify(text)}`).toBe(400);
        }),
        { numRuns: RUNS },
      );
    });

    it("refuses bytes that are not JSON, and other content types", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string(),
          fc.constantFrom("application/json", "text/plain", "multipart/form-data", ""),
          async (raw, type) => {
            let parsed: unknown;
            try {
              parsed = JSON.parse(raw);
            } catch {
              parsed = undefined;
            }
            fc.pre(type !== "application/json" || parsed === undefined || invalid(parsed));
            const answer = await call(endpoint, realPath(endpoint), {
              rawBody: raw,
              headers: type ? { "content-type": type } : {},
            });
            expectRefusal(answer, `${type}: ${raw}`);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});

it("fuzzes every write endpoint's body (only actions on one id take none)", () => {
  const bodiless = writes.filter((e) => (e.method === "POST" || e.method === "PATCH") && !e.body);
  expect(bodiless.map((e) => e.path)).toEqual(
    bodiless.filter((e) => /\/\{id\}\/(restore|approve|deny)$/.test(e.path)).map((e) => e.path),
  );
});
