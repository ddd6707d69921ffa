// SECURITY.md #1 for the API: family A's token aimed at family B's ids, for every endpoint that
// takes an id (in the path or the body), is refused and changes nothing in family B; lists never
// show B's rows.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { api, newHabit } from "@/lib/testing/api";
import {
  expectRefusedAndUnchanged,
  seedFamilyGraph,
  type CrossFamilyCase,
  type FamilyGraph,
} from "@/lib/testing/cross-family";
import { testDb } from "@/lib/testing/db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const db = testDb();
let a: FamilyGraph;
let b: FamilyGraph;

beforeAll(async () => {
  a = await seedFamilyGraph(db);
  b = await seedFamilyGraph(db);
});
afterAll(() => db.$disconnect());

describe("family A's token against family B's ids", () => {
  const as = (run: (v: FamilyGraph) => Promise<unknown>) => run;
  const token = () => a.apiToken;
  const cases: CrossFamilyCase[] = [
    {
      name: "GET routine",
      run: as((v) => api("GET", `/api/v1/routines/${v.routineId}`, { token: token() })),
    },
    {
      name: "PATCH routine",
      run: as((v) =>
        api("PATCH", `/api/v1/routines/${v.routineId}`, {
          token: token(),
          body: { revision: 0, name: "Hijacked" },
        }),
      ),
    },
    {
      name: "DELETE routine",
      run: as((v) => api("DELETE", `/api/v1/routines/${v.routineId}`, { token: token() })),
    },
    {
      name: "GET versions",
      run: as((v) => api("GET", `/api/v1/routines/${v.routineId}/versions`, { token: token() })),
    },
    // The family's money (issue 20): B's kid's jars, allowance, goal and stars.
    ...(
      [
        ["GET money", "GET", "money", undefined],
        ["POST money", "POST", "money", { kind: "WITHDRAWAL", jar: "SAVE", amount: 1, note: "x" }],
        ["POST money move", "POST", "money/moves", { from: "SAVE", to: "SPEND", amount: 1 }],
        ["POST exchange", "POST", "exchanges", { points: 1 }],
        ["POST star correction", "POST", "points/corrections", { delta: -1, reason: "x" }],
        ["GET allowance", "GET", "allowance", undefined],
        ["GET paydays", "GET", "allowance/paydays", undefined],
        ["PATCH allowance", "PATCH", "allowance", { allowance: 1 }],
        ["GET goal", "GET", "goal", undefined],
        ["POST goal", "POST", "goal", { kind: "WISH", label: "X", emoji: "🎁", price: 1 }],
        ["DELETE goal", "DELETE", "goal", undefined],
        ["GET away", "GET", "away", undefined],
        [
          "POST away pattern",
          "POST",
          "away/pattern",
          { place: "X", startDate: "2026-11-30", cycleDays: 7, awayDays: [0] },
        ],
        ["DELETE away pattern", "DELETE", "away/pattern", undefined],
        [
          "POST away days",
          "POST",
          "away/days",
          { kind: "AWAY", startDate: "2026-11-30", endDate: "2026-11-30" },
        ],
      ] as const
    ).map(([name, method, path, body]): CrossFamilyCase => ({
      name,
      run: as((v) =>
        api(method, `/api/v1/members/${v.kidId}/${path}`, {
          token: token(),
          ...(body && { body }),
        }),
      ),
    })),
    {
      name: "GET turns",
      run: as((v) => api("GET", `/api/v1/routines/${v.routineId}/turns`, { token: token() })),
    },
    {
      name: "GET who took their pool chore",
      run: as((v) => api("GET", `/api/v1/routines/${v.routineId}/claims`, { token: token() })),
    },
    {
      name: "POST a swap of their routine's day",
      run: as((v) =>
        api("POST", `/api/v1/routines/${v.routineId}/turns`, {
          token: token(),
          body: { date: "2026-11-30", kidId: v.kidId },
        }),
      ),
    },
    {
      name: "POST a swap of my routine's day to their kid",
      run: as((v) =>
        api("POST", `/api/v1/routines/${a.routineId}/turns`, {
          token: token(),
          body: { date: "2026-11-30", kidId: v.kidId },
        }),
      ),
    },
    {
      name: "DELETE their away days",
      run: as((v) =>
        api("DELETE", `/api/v1/members/${v.kidId}/away/days/${v.awayDayId}`, { token: token() }),
      ),
    },
    {
      name: "DELETE their away days through my kid",
      run: as((v) =>
        api("DELETE", `/api/v1/members/${a.kidId}/away/days/${v.awayDayId}`, { token: token() }),
      ),
    },
    {
      name: "GET today",
      run: as((v) => api("GET", `/api/v1/members/${v.kidId}/today`, { token: token() })),
    },
    {
      name: "POST routine for B's kid",
      run: as((v) =>
        api("POST", "/api/v1/routines", {
          token: token(),
          body: {
            name: "X",
            icon: "⭐",
            weekdays: [1],
            start: "07:00",
            end: "08:00",
            kidIds: [v.kidId],
            cards: [],
          },
        }),
      ),
    },
    {
      name: "POST check of B's item for B's kid",
      run: as((v) =>
        api("POST", "/api/v1/checks", {
          token: token(),
          body: { memberId: v.kidId, itemId: v.itemId, clientEventId: randomUUID() },
        }),
      ),
    },
    {
      name: "POST check of B's item for A's kid",
      run: as((v) =>
        api("POST", "/api/v1/checks", {
          token: token(),
          body: { memberId: a.kidId, itemId: v.itemId, clientEventId: randomUUID() },
        }),
      ),
    },
    {
      name: "DELETE B's check",
      run: as((v) => api("DELETE", `/api/v1/checks/${v.checkId}`, { token: token() })),
    },
    {
      name: "POST habit for B's kid",
      run: as((v) => api("POST", "/api/v1/habits", { token: token(), body: newHabit(v.kidId) })),
    },
    {
      name: "PATCH B's habit",
      run: as((v) =>
        api("PATCH", `/api/v1/habits/${v.habitId}`, { token: token(), body: { archived: true } }),
      ),
    },
    {
      name: "DELETE B's habit",
      run: as((v) => api("DELETE", `/api/v1/habits/${v.habitId}`, { token: token() })),
    },
    {
      name: "POST log to B's habit",
      run: as((v) => api("POST", `/api/v1/habits/${v.habitId}/logs`, { token: token(), body: {} })),
    },
    {
      name: "DELETE B's habit log",
      run: as((v) => api("DELETE", `/api/v1/habit-logs/${v.habitLogId}`, { token: token() })),
    },
    {
      name: "GET B's streak",
      run: as((v) => api("GET", `/api/v1/habits/${v.habitId}/streak`, { token: token() })),
    },
    {
      name: "GET B's kid",
      run: as((v) => api("GET", `/api/v1/members/${v.kidId}`, { token: token() })),
    },
    {
      name: "PATCH B's kid (name, PIN, archive)",
      run: as((v) =>
        api("PATCH", `/api/v1/members/${v.kidId}`, {
          token: token(),
          body: { displayName: "Hijacked", pin: "1111", archived: true },
        }),
      ),
    },
    {
      name: "GET B's kid's points",
      run: as((v) => api("GET", `/api/v1/members/${v.kidId}/points`, { token: token() })),
    },
    {
      name: "GET B's reward",
      run: as((v) => api("GET", `/api/v1/rewards/${v.rewardId}`, { token: token() })),
    },
    {
      name: "PATCH B's reward",
      run: as((v) =>
        api("PATCH", `/api/v1/rewards/${v.rewardId}`, { token: token(), body: { cost: 1 } }),
      ),
    },
    {
      name: "ask for B's reward for B's kid",
      run: as((v) =>
        api("POST", "/api/v1/reward-requests", {
          token: token(),
          body: { memberId: v.kidId, rewardId: v.rewardId },
        }),
      ),
    },
    {
      name: "ask for B's reward for A's kid",
      run: as((v) =>
        api("POST", "/api/v1/reward-requests", {
          token: token(),
          body: { memberId: a.kidId, rewardId: v.rewardId },
        }),
      ),
    },
    {
      name: "GET B's reward request",
      run: as((v) =>
        api("GET", `/api/v1/reward-requests/${v.rewardRequestId}`, { token: token() }),
      ),
    },
    {
      name: "approve B's reward request",
      run: as((v) =>
        api("POST", `/api/v1/reward-requests/${v.rewardRequestId}/approve`, { token: token() }),
      ),
    },
    {
      name: "deny B's reward request",
      run: as((v) =>
        api("POST", `/api/v1/reward-requests/${v.rewardRequestId}/deny`, { token: token() }),
      ),
    },
    {
      name: "restore B's routine",
      run: as((v) => api("POST", `/api/v1/routines/${v.routineId}/restore`, { token: token() })),
    },
    {
      name: "GET B's routine's version 1",
      run: as((v) => api("GET", `/api/v1/routines/${v.routineId}/versions/1`, { token: token() })),
    },
    {
      name: "GET B's habit",
      run: as((v) => api("GET", `/api/v1/habits/${v.habitId}`, { token: token() })),
    },
    {
      name: "GET B's habit's logs",
      run: as((v) => api("GET", `/api/v1/habits/${v.habitId}/logs`, { token: token() })),
    },
    {
      name: "GET B's habit's pauses",
      run: as((v) => api("GET", `/api/v1/habits/${v.habitId}/pauses`, { token: token() })),
    },
    {
      name: "B's token id as a routine id",
      run: as((v) => api("GET", `/api/v1/routines/${v.apiTokenId}`, { token: token() })),
    },
  ];

  it.each(cases)("$name is refused and changes nothing", async (testCase) => {
    await expectRefusedAndUnchanged(db, b, testCase);
  });

  it("lists never show B's rows", async () => {
    const lists = await Promise.all(
      [
        "/api/v1/family",
        "/api/v1/members",
        "/api/v1/routines",
        "/api/v1/habits",
        "/api/v1/routines?archived=true",
        "/api/v1/habits?archived=true",
        "/api/v1/today",
        "/api/v1/checks?date=2026-11-20",
        "/api/v1/rewards",
        "/api/v1/reward-requests",
        "/api/v1/token",
      ].map((path) => api("GET", path, { token: a.apiToken })),
    );
    const filtered = await Promise.all([
      api("GET", `/api/v1/routines?kidId=${b.kidId}`, { token: a.apiToken }),
      api("GET", `/api/v1/habits?memberId=${b.kidId}`, { token: a.apiToken }),
      api("GET", `/api/v1/checks?date=2026-11-20&memberId=${b.kidId}`, { token: a.apiToken }),
      api("GET", `/api/v1/reward-requests?memberId=${b.kidId}`, { token: a.apiToken }),
    ]);
    for (const answer of [...lists, ...filtered]) expect(answer.status).toBe(200);
    expect(filtered.map((r) => (r.body as { data: unknown[] }).data)).toEqual([[], [], [], []]);
    const text = JSON.stringify(lists.map((r) => r.body));
    for (const id of [
      b.familyId,
      b.kidId,
      b.routineId,
      b.habitId,
      b.parent.member.id,
      b.checkId,
      b.rewardId,
      b.rewardRequestId,
      b.apiTokenId,
    ])
      expect(text).not.toContain(id);
    // A's own rows are there: the lists are not empty by accident.
    expect(text).toContain(a.checkId);
    expect(text).toContain(a.rewardRequestId);
  });
});
