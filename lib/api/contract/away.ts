// Contract cases for fair schedules (issue 21; see ./family.ts): a kid's away pattern and one-off
// days, and what they mean for the kid's day (nothing due, a check refused while away); a routine
// the kids take turns at, who has which day, and a parent's swap; a pool chore the first kid takes.
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { api } from "@/lib/testing/api";
import { createKid } from "@/lib/testing/factories";
import type { ContractContext } from "@/lib/api/contract/family";
import { addDays } from "@/lib/time/rules";

export function awayContract(context: ContractContext) {
  it("a week away: nothing due, checks refused; a day at home after all; then home again", async () => {
    const { family, today } = context();
    const token = family.apiToken;
    const away = `/api/v1/members/${family.kidId}/away`;
    const day = `/api/v1/members/${family.kidId}/today`;
    const routinesToday = async () =>
      ((await api("GET", day, { token })).body as { routines: unknown[] }).routines.length;
    const before = await routinesToday();
    expect(before).toBeGreaterThan(0);

    // Week on, week off, with this week the second (away) one.
    const set = await api("POST", `${away}/pattern`, {
      token,
      body: {
        place: "Dad's",
        startDate: addDays(today, -7),
        cycleDays: 14,
        awayDays: [7, 8, 9, 10, 11, 12, 13],
      },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      today: { place: "Dad's", until: addDays(today, 6) },
      pattern: { place: "Dad's", cycleDays: 14 },
    });
    expect(await routinesToday()).toBe(0);
    const check = await api("POST", "/api/v1/checks", {
      token,
      body: { memberId: family.kidId, itemId: family.itemId, clientEventId: randomUUID() },
    });
    expect(check.status).toBe(422);
    expect(JSON.stringify(check.body)).toContain("is at Dad's: nothing of");

    const home = await api("POST", `${away}/days`, {
      token,
      body: { kind: "HOME", startDate: today, endDate: today, place: "ignored" },
    });
    expect(home.status).toBe(201);
    expect(home.body).toMatchObject({ kind: "HOME", startDate: today, place: null });
    expect(await routinesToday()).toBe(before);
    const { id } = home.body as { id: string };
    expect((await api("DELETE", `${away}/days/${id}`, { token })).status).toBe(200);
    expect((await api("DELETE", `${away}/days/${id}`, { token })).status).toBe(404);

    const cleared = await api("DELETE", `${away}/pattern`, { token });
    expect(cleared.body).toMatchObject({ today: null, pattern: null });
    expect(await routinesToday()).toBe(before);
  });

  it("refuses patterns and ranges that make no sense, naming the field", async () => {
    const { family, today } = context();
    const token = family.apiToken;
    const away = `/api/v1/members/${family.kidId}/away`;
    const pattern = { place: "Dad's", startDate: today, cycleDays: 14, awayDays: [1] };
    for (const body of [
      { ...pattern, cycleDays: 10 },
      { ...pattern, awayDays: [14] },
      { ...pattern, awayDays: [] },
      { ...pattern, place: " " },
      { ...pattern, startDate: "2026-02-30" },
    ]) {
      const answer = await api("POST", `${away}/pattern`, { token, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    const backwards = await api("POST", `${away}/days`, {
      token,
      body: { kind: "AWAY", startDate: today, endDate: addDays(today, -1) },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({
      error: { fieldErrors: { endDate: expect.anything() } },
    });
    const tooLong = await api("POST", `${away}/days`, {
      token,
      body: { kind: "AWAY", startDate: today, endDate: addDays(today, 400) },
    });
    expect(tooLong.status).toBe(400);
    expect((await api("GET", away, { token })).body).toMatchObject({ today: null, pattern: null });
  });

  it("taking turns: one kid a day, a swap hands a day over, the others' checks are refused", async () => {
    const { db, family, today } = context();
    const token = family.apiToken;
    const leo = await createKid(db, family.familyId, { displayName: "Leo" });
    const created = await api("POST", "/api/v1/routines", {
      token,
      body: {
        name: "Dishes",
        icon: "🍽️",
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        start: "00:00",
        end: "23:59",
        kidIds: [family.kidId, leo.id],
        turns: "DAY",
        cards: [
          {
            title: "Dishes",
            pictureEmoji: "🍽️",
            durationSeconds: null,
            items: [{ label: "Plates" }],
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const routine = created.body as {
      id: string;
      turns: unknown;
      cards: { items: { id: string }[] }[];
    };
    expect(routine.turns).toEqual({ every: "DAY", from: today });
    const turns = `/api/v1/routines/${routine.id}/turns`;
    const listed = await api("GET", `${turns}?days=2`, { token });
    expect(listed.body).toEqual({
      data: [
        { date: today, kidIds: [family.kidId], turnOf: family.kidId, stored: null },
        { date: addDays(today, 1), kidIds: [leo.id], turnOf: leo.id, stored: null },
      ],
    });
    const itemId = routine.cards[0]!.items[0]!.id;
    const leosCheck = () =>
      api("POST", "/api/v1/checks", {
        token,
        body: { memberId: leo.id, itemId, clientEventId: randomUUID() },
      });
    const refused = await leosCheck();
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain("turn at “Dishes”");

    const swapped = await api("POST", turns, { token, body: { date: today, kidId: leo.id } });
    expect(swapped.body).toEqual({
      date: today,
      kidIds: [leo.id],
      turnOf: family.kidId,
      stored: "SWAP",
    });
    expect((await leosCheck()).status).toBe(201);
    const back = await api("POST", turns, { token, body: { date: today, kidId: null } });
    expect(back.body).toMatchObject({ kidIds: [family.kidId], stored: null });
    const stranger = await api("POST", turns, {
      token,
      body: { date: today, kidId: randomUUID() },
    });
    expect(stranger.status).toBe(422);
    const farAway = await api("POST", turns, { token, body: { date: "2020-01-01", kidId: null } });
    expect(farAway.status).toBe(422);

    expect((await api("DELETE", `/api/v1/routines/${routine.id}`, { token })).status).toBe(200);
    await db.familyMember.update({ where: { id: leo.id }, data: { archivedAt: new Date() } });
  });

  it("a pool chore: offered to both, the first check takes it, the other is refused, an undo gives it back", async () => {
    const { db, family, today } = context();
    const token = family.apiToken;
    const mia = await createKid(db, family.familyId, { displayName: "Mia" });
    const body = {
      name: "Feed the cat",
      icon: "🐱",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      start: "00:00",
      end: "23:59",
      kidIds: [family.kidId, mia.id],
      pool: true,
      cards: [
        { title: "Cat", pictureEmoji: "🐱", durationSeconds: null, items: [{ label: "Bowl" }] },
      ],
    };
    const both = await api("POST", "/api/v1/routines", { token, body: { ...body, turns: "DAY" } });
    expect(both.status).toBe(400);
    expect(both.body).toMatchObject({ error: { fieldErrors: { pool: expect.anything() } } });
    const created = await api("POST", "/api/v1/routines", { token, body });
    expect(created.status).toBe(201);
    const routine = created.body as {
      id: string;
      pool: boolean;
      cards: { items: { id: string }[] }[];
    };
    expect(routine.pool).toBe(true);
    const itemId = routine.cards[0]!.items[0]!.id;
    const offered = async (kidId: string) =>
      (
        (await api("GET", `/api/v1/members/${kidId}/today`, { token })).body as {
          routines: { id: string }[];
        }
      ).routines.some((r) => r.id === routine.id);
    expect([await offered(family.kidId), await offered(mia.id)]).toEqual([true, true]);

    const check = (kidId: string) =>
      api("POST", "/api/v1/checks", {
        token,
        body: { memberId: kidId, itemId, clientEventId: randomUUID() },
      });
    const mine = await check(mia.id);
    expect(mine.status).toBe(201);
    const refused = await check(family.kidId);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain("Mia took “Feed the cat” first");
    expect([await offered(family.kidId), await offered(mia.id)]).toEqual([false, true]);
    const claims = `/api/v1/routines/${routine.id}/claims`;
    const listed = await api("GET", `${claims}?from=${today}&days=1`, { token });
    expect(listed.body).toEqual({
      data: [
        { date: today, planned: true, kidId: mia.id, takenAt: expect.any(String), done: true },
      ],
    });

    const { id: checkId } = mine.body as { id: string };
    expect((await api("DELETE", `/api/v1/checks/${checkId}`, { token })).status).toBe(200);
    expect(await offered(family.kidId)).toBe(true);
    expect((await check(family.kidId)).status).toBe(201);

    const everyKid = await api("PATCH", `/api/v1/routines/${routine.id}`, {
      token,
      body: { revision: 0, pool: false },
    });
    expect(everyKid.status).toBe(200);
    expect(((await api("GET", claims, { token })).body as { data: unknown[] }).data).toEqual([]);
    expect((await api("DELETE", `/api/v1/routines/${routine.id}`, { token })).status).toBe(200);
    await db.familyMember.update({ where: { id: mia.id }, data: { archivedAt: new Date() } });
  });

  it("a measured habit: each amount adds to the day, a retried key adds nothing, points once the goal is met", async () => {
    const { family } = context();
    const token = family.apiToken;
    const habit = {
      memberId: family.kidId,
      name: "Cycling",
      icon: "🚴",
      cadence: "DAILY",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startDate: "2026-01-01",
      unit: "MINUTES",
      target: 20,
      points: 6,
    };
    const created = await api("POST", "/api/v1/habits", { token, body: habit });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ unit: "MINUTES", target: 20, timesPerWeek: null });
    const { id } = created.body as { id: string };
    const noGoal = await api("POST", "/api/v1/habits", {
      token,
      body: { ...habit, target: undefined },
    });
    expect(noGoal.status).toBe(400);
    expect(noGoal.body).toMatchObject({ error: { fieldErrors: { target: expect.anything() } } });
    const stars = async () =>
      (
        (await api("GET", `/api/v1/members/${family.kidId}/points`, { token })).body as {
          balance: number;
        }
      ).balance;
    const before = await stars();
    const logs = `/api/v1/habits/${id}/logs`;
    const key = randomUUID();
    const first = await api("POST", logs, { token, body: { count: 10, clientEventId: key } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ count: 10 });
    expect(
      (await api("POST", logs, { token, body: { count: 10, clientEventId: key } })).body,
    ).toMatchObject({
      count: 10,
    });
    expect(await stars()).toBe(before);
    const second = await api("POST", logs, {
      token,
      body: { count: 10, clientEventId: randomUUID() },
    });
    expect(second.body).toMatchObject({ count: 20, streak: { current: 1 } });
    expect(await stars()).toBe(before + 6);
    expect((await api("DELETE", `/api/v1/habits/${id}`, { token })).status).toBe(200);
  });
}
