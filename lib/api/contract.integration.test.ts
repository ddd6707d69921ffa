// The API's contract: every documented operation is called here as documented, and every answer
// in these tests validates against the document (lib/testing/api.ts checks each one). That the
// document lists every route handler, and the error answers, are in document.integration.test.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { familyContract } from "@/lib/api/contract/family";
import { historyContract } from "@/lib/api/contract/history";
import { moneyContract } from "@/lib/api/contract/money";
import { awayContract } from "@/lib/api/contract/away";
import { pointsContract } from "@/lib/api/contract/points";
import { answered, api } from "@/lib/testing/api";
import { seedFamilyGraph, type FamilyGraph } from "@/lib/testing/cross-family";
import { createApiTokenRow } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { zoneAtMidday } from "@/lib/testing/dates";
import { isoWeekday, localDateAt } from "@/lib/time/rules";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { openApiDocument } = await import("@/lib/api/v1/index");

const db = testDb();
let family: FamilyGraph;
let today: string;

beforeAll(async () => {
  family = await seedFamilyGraph(db);
  // The family lives where it is midday now, so "today" cannot roll over during the test.
  const timeZone = zoneAtMidday();
  await db.family.update({ where: { id: family.familyId }, data: { timeZone } });
  today = localDateAt(new Date(), timeZone);
});
afterAll(() => db.$disconnect());

describe("the OpenAPI document", () => {
  it("is served at /api/openapi.json as OpenAPI 3.1 with an example for every request body", async () => {
    const answer = await api("GET", "/api/openapi.json");
    expect(answer.status).toBe(200);
    const document = answer.body as ReturnType<typeof openApiDocument>;
    expect(document.openapi).toBe("3.1.0");
    for (const operations of Object.values(document.paths))
      for (const operation of Object.values(operations) as {
        requestBody?: unknown;
        operationId: string;
      }[])
        if (operation.requestBody)
          expect(JSON.stringify(operation.requestBody), operation.operationId).toContain(
            '"example"',
          );
  });
});

describe("every endpoint, called as documented", () => {
  it("family and members", async () => {
    const familyAnswer = await api("GET", "/api/v1/family", { token: family.apiToken });
    expect(familyAnswer.status).toBe(200);
    expect(familyAnswer.body).toMatchObject({ id: family.familyId, today });
    const page1 = await api("GET", "/api/v1/members?limit=1", { token: family.apiToken });
    const { data, nextCursor } = page1.body as { data: { id: string }[]; nextCursor: string };
    expect(data).toHaveLength(1);
    const page2 = await api("GET", `/api/v1/members?limit=1&cursor=${nextCursor}`, {
      token: family.apiToken,
    });
    const second = page2.body as { data: { id: string }[]; nextCursor: string | null };
    expect(second.data[0]!.id).not.toBe(data[0]!.id);
    expect(second.nextCursor).toBeNull();
    expect(new Set([data[0]!.id, second.data[0]!.id])).toEqual(
      new Set([family.parent.member.id, family.kidId]),
    );
  });

  it("routines: create, list, read, edit, conflict, versions, archive", async () => {
    const token = family.apiToken;
    const created = await api("POST", "/api/v1/routines", {
      token,
      body: {
        name: "Bedtime",
        icon: "🌙",
        points: 25,
        // Duplicates and order are normalised; today's weekday is in, so the kid may check today
        // (checks follow the routine's days: a check on another day is refused).
        weekdays: [7, 1, 1, isoWeekday(today)],
        start: "19:00",
        end: "20:00",
        kidIds: [family.kidId],
        cards: [
          { title: "Teeth", pictureEmoji: "🪥", durationSeconds: 120, items: [{ label: "Brush" }] },
        ],
        then: { emoji: "📖", label: "A story in bed" },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ then: { emoji: "📖", label: "A story in bed" } });
    const routine = created.body as {
      id: string;
      revision: number;
      weekdays: number[];
      cards: { lineageId: string; items: { id: string; lineageId: string }[] }[];
    };
    expect(routine.weekdays).toEqual([...new Set([1, 7, isoWeekday(today)])].sort());
    expect(created.headers.get("location")).toBe(`/api/v1/routines/${routine.id}`);

    const listed = await api("GET", `/api/v1/routines?kidId=${family.kidId}`, { token });
    expect((listed.body as { data: { id: string }[] }).data.map((r) => r.id)).toContain(routine.id);
    expect((await api("GET", `/api/v1/routines/${routine.id}`, { token })).body).toEqual(routine);

    // A kid checks the item: the next content change becomes version 2.
    const checked = await api("POST", "/api/v1/checks", {
      token,
      body: {
        memberId: family.kidId,
        itemId: routine.cards[0]!.items[0]!.id,
        clientEventId: randomUUID(),
      },
    });
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    const edited = await api("PATCH", `/api/v1/routines/${routine.id}`, {
      token,
      body: {
        revision: routine.revision,
        cards: [
          {
            lineageId: routine.cards[0]!.lineageId,
            title: "Teeth",
            pictureEmoji: "🪥",
            durationSeconds: 120,
            items: [{ lineageId: routine.cards[0]!.items[0]!.lineageId, label: "Brush well" }],
          },
        ],
      },
    });
    expect(edited.status).toBe(200);
    // A field left out keeps its value: points stay 25, not the default 10.
    expect(edited.body).toMatchObject({
      versionNumber: 2,
      revision: routine.revision + 1,
      name: "Bedtime",
      points: 25,
      then: { emoji: "📖", label: "A story in bed" },
    });
    const noThen = await api("PATCH", `/api/v1/routines/${routine.id}`, {
      token,
      body: { revision: routine.revision + 1, then: { emoji: "📖", label: "  " } },
    });
    expect(noThen.status).toBe(400);
    expect(noThen.body).toMatchObject({
      error: { fieldErrors: { "then.label": [expect.any(String)] } },
    });

    const stale = await api("PATCH", `/api/v1/routines/${routine.id}`, {
      token,
      body: { revision: routine.revision, name: "Overwritten?" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "conflict" } });

    const invalid = await api("PATCH", `/api/v1/routines/${routine.id}`, {
      token,
      body: { revision: routine.revision + 1, start: "21:00" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({ error: { fieldErrors: { end: [expect.any(String)] } } });

    const versions = await api("GET", `/api/v1/routines/${routine.id}/versions`, { token });
    const history = (versions.body as { data: { number: number; changes: string[] }[] }).data;
    expect(history.map((v) => v.number)).toEqual([1, 2]);
    expect(history[1]!.changes.join(" ")).toContain("Brush well");

    const thenRemoved = await api("PATCH", `/api/v1/routines/${routine.id}`, {
      token,
      body: { revision: routine.revision + 1, then: null },
    });
    expect(thenRemoved.body).toMatchObject({ then: null, revision: routine.revision + 2 });

    const archived = await api("DELETE", `/api/v1/routines/${routine.id}`, { token });
    expect(archived.body).toMatchObject({ id: routine.id, archived: true });
    const active = await api("GET", "/api/v1/routines", { token });
    expect((active.body as { data: { id: string }[] }).data.map((r) => r.id)).not.toContain(
      routine.id,
    );
  });

  it("today, checks (201, replay 200 with the same body, undo) and the backfill limit", async () => {
    const token = family.apiToken;
    const day = await api("GET", `/api/v1/members/${family.kidId}/today?date=${today}`, { token });
    expect(day.status).toBe(200);
    const routine = (
      day.body as {
        routines: { id: string; cards: { items: { id: string; checkId: string | null }[] }[] }[];
      }
    ).routines.find((r) => r.id === family.routineId)!;
    const item = routine.cards[1]!.items[1]!;
    expect(item.checkId).toBeNull();

    const check = { memberId: family.kidId, itemId: item.id, clientEventId: randomUUID() };
    const first = await api("POST", "/api/v1/checks", { token, body: check });
    const replay = await api("POST", "/api/v1/checks", { token, body: check });
    expect([first.status, replay.status]).toEqual([201, 200]);
    expect(replay.body).toEqual(first.body);
    const checkId = (first.body as { id: string }).id;
    const after = await api("GET", `/api/v1/members/${family.kidId}/today`, { token });
    expect(JSON.stringify(after.body)).toContain(checkId);

    const undone = await api("DELETE", `/api/v1/checks/${checkId}`, { token });
    expect(undone.body).toEqual(first.body);
    expect((await api("DELETE", `/api/v1/checks/${checkId}`, { token })).status).toBe(404);
    // A late retry of the first request does not reverse the undo.
    const late = await api("POST", "/api/v1/checks", { token, body: check });
    expect(late.status).toBe(200);
    expect(late.body).toEqual({ ...(first.body as object), undone: true });
    const still = await api("GET", `/api/v1/members/${family.kidId}/today`, { token });
    expect(JSON.stringify(still.body)).not.toContain(checkId);
    const reused = await api("POST", "/api/v1/checks", {
      token,
      body: { ...check, itemId: routine.cards[0]!.items[0]!.id },
    });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: { code: "idempotency_key_reused" } });

    const tooOld = await api("POST", "/api/v1/checks", {
      token,
      body: { ...check, clientEventId: randomUUID(), date: "2020-01-01" },
    });
    expect(tooOld.status).toBe(422);
    expect(tooOld.body).toMatchObject({
      error: { code: "invalid_input", fieldErrors: { date: [expect.any(String)] } },
    });
  });

  it("habits: create, list, edit, log (201, repeat 200), streak, undo, archive", async () => {
    const token = family.apiToken;
    const created = await api("POST", "/api/v1/habits", {
      token,
      body: {
        memberId: family.kidId,
        name: "Piano",
        icon: "🎹",
        cadence: "WEEKLY",
        timesPerWeek: 3,
        startDate: "2026-01-05",
      },
    });
    expect(created.status).toBe(201);
    const habit = created.body as { id: string };
    const listed = await api("GET", `/api/v1/habits?memberId=${family.kidId}`, { token });
    expect((listed.body as { data: { id: string }[] }).data.map((h) => h.id)).toContain(habit.id);
    const renamed = await api("PATCH", `/api/v1/habits/${habit.id}`, {
      token,
      body: { name: "Piano practice" },
    });
    expect(renamed.body).toMatchObject({
      name: "Piano practice",
      cadence: "WEEKLY",
      timesPerWeek: 3,
    });

    const log = await api("POST", `/api/v1/habits/${habit.id}/logs`, {
      token,
      body: { note: "Scales" },
    });
    const again = await api("POST", `/api/v1/habits/${habit.id}/logs`, { token, body: {} });
    expect([log.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(log.body);
    expect(log.body).toMatchObject({ date: today, count: 1, note: "Scales" });
    const streak = await api("GET", `/api/v1/habits/${habit.id}/streak`, { token });
    expect(streak.body).toMatchObject({ habitId: habit.id, computedFor: today });

    const undone = await api("DELETE", `/api/v1/habit-logs/${(log.body as { id: string }).id}`, {
      token,
    });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({
      id: (log.body as { id: string }).id,
      streak: { current: 0 },
    });

    const archived = await api("DELETE", `/api/v1/habits/${habit.id}`, { token });
    expect(archived.body).toMatchObject({ archived: true });
    const restored = await api("PATCH", `/api/v1/habits/${habit.id}`, {
      token,
      body: { archived: false },
    });
    expect(restored.body).toMatchObject({ archived: false });
  });

  it("health answers without a caller", async () => {
    const answer = await api("GET", "/api/health");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "ok", database: "connected" });
  });

  it("accepts a read-only token for reads", async () => {
    const readOnly = await createApiTokenRow(db, family.familyId, family.parent.member.id, "READ");
    expect(
      (await api("GET", `/api/v1/habits/${family.habitId}/streak`, { token: readOnly.token }))
        .status,
    ).toBe(200);
  });
});

describe("the family, its kids and its day", () => familyContract(() => ({ db, family, today })));
describe("points and rewards", () => pointsContract(() => ({ db, family, today })));
describe("the family's money", () => moneyContract(() => ({ db, family, today })));
describe("away days", () => awayContract(() => ({ db, family, today })));
describe("what happened before", () => historyContract(() => ({ db, family, today })));

afterAll(() => {
  // Runs after the tests above: every documented operation was answered at least once.
  const missing: string[] = [];
  for (const [path, operations] of Object.entries(openApiDocument().paths))
    for (const method of Object.keys(operations))
      if (![...answered].some((a) => a.startsWith(`${method} ${path} `)))
        missing.push(`${method} ${path}`);
  expect(missing, "documented operations never called").toEqual([]);
});
