// Contract cases for the family's money (issue 20; see ./family.ts): stars corrected, jars, money
// in and out and between jars, stars exchanged, the allowance and the goal.
import { expect, it } from "vitest";
import { api } from "@/lib/testing/api";
import type { ContractContext } from "@/lib/api/contract/family";

export function moneyContract(context: ContractContext) {
  it("stars corrected by hand, never below zero", async () => {
    const { family } = context();
    const token = family.apiToken;
    const path = `/api/v1/members/${family.kidId}/points/corrections`;
    const added = await api("POST", path, { token, body: { delta: 5, reason: "Helped Grandma" } });
    expect(added.status).toBe(201);
    const { balance } = added.body as { balance: number };
    const tooMuch = await api("POST", path, {
      token,
      body: { delta: -(balance + 1), reason: "x" },
    });
    expect(tooMuch.status).toBe(409);
    expect((await api("POST", path, { token, body: { delta: 0, reason: "x" } })).status).toBe(400);
  });

  it("jars: money in, out (never below zero), between jars, and stars turned into money", async () => {
    const { family } = context();
    const token = family.apiToken;
    const money = `/api/v1/members/${family.kidId}/money`;
    const before = (await api("GET", money, { token })).body as { jars: Record<string, number> };
    const put = await api("POST", money, {
      token,
      body: { kind: "DEPOSIT", jar: "SPEND", amount: 1000, note: "Birthday" },
    });
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ jars: { SPEND: before.jars.SPEND! + 1000 } });
    const overdrawn = await api("POST", money, {
      token,
      body: { kind: "WITHDRAWAL", jar: "GIVE", amount: before.jars.GIVE! + 1, note: "x" },
    });
    expect(overdrawn.status).toBe(422);
    const moved = await api("POST", `${money}/moves`, {
      token,
      body: { from: "SPEND", to: "SAVE", amount: 400 },
    });
    expect(moved.body).toMatchObject({ jars: { SAVE: before.jars.SAVE! + 400 } });
    const listed = await api("GET", money, { token });
    expect(listed.body).toMatchObject({
      currency: "EUR",
      data: expect.arrayContaining([expect.objectContaining({ kind: "MOVE", amount: 400 })]),
    });

    const exchanges = `/api/v1/members/${family.kidId}/exchanges`;
    const rated = await api("PATCH", "/api/v1/family", {
      token,
      body: { exchange: { stars: 1, minor: 10 } },
    });
    expect(rated.body).toMatchObject({ currency: "EUR", exchange: { stars: 1, minor: 10 } });
    const exchanged = await api("POST", exchanges, { token, body: { points: 1 } });
    expect(exchanged.status).toBe(201);
    expect(exchanged.body).toMatchObject({ money: 10 });
    const off = await api("PATCH", "/api/v1/family", { token, body: { exchange: null } });
    expect(off.body).toMatchObject({ exchange: null });
    expect((await api("POST", exchanges, { token, body: { points: 1 } })).status).toBe(409);

    // The currency is fixed once money is kept, and nothing else of the request is saved then.
    const name = ((await api("GET", "/api/v1/family", { token })).body as { name: string }).name;
    const fixed = await api("PATCH", "/api/v1/family", {
      token,
      body: { currency: "JPY", name: "Renamed" },
    });
    expect(fixed.status).toBe(422);
    expect(fixed.body).toMatchObject({
      error: { fieldErrors: { currency: [expect.any(String)] } },
    });
    expect((await api("GET", "/api/v1/family", { token })).body).toMatchObject({
      name,
      currency: "EUR",
    });
    for (const currency of ["XAU", "eur"])
      expect([400, 422]).toContain(
        (await api("PATCH", "/api/v1/family", { token, body: { currency } })).status,
      );
    expect(
      (await api("PATCH", "/api/v1/family", { token, body: { exchange: { stars: 0, minor: 1 } } }))
        .status,
    ).toBe(400);

    // One page at a time, newest first, the rest behind the cursor.
    const first = (await api("GET", `${money}?limit=1`, { token })).body as {
      data: { kind: string }[];
      nextCursor: string | null;
    };
    expect(first.data).toHaveLength(1);
    expect(first.data[0]!.kind).toBe("EXCHANGE");
    const second = (await api("GET", `${money}?limit=1&cursor=${first.nextCursor}`, { token }))
      .body as { data: { kind: string }[] };
    expect(second.data[0]!.kind).toBe("MOVE");
    expect((await api("GET", `${money}?cursor=nope`, { token })).status).toBe(400);
  });

  it("the allowance: read, changed in part, refused when it would not be valid", async () => {
    const { family } = context();
    const token = family.apiToken;
    const path = `/api/v1/members/${family.kidId}/allowance`;
    expect((await api("GET", path, { token })).status).toBe(200);
    const changed = await api("PATCH", path, { token, body: { allowance: 700, givePct: 10 } });
    expect(changed.body).toMatchObject({ allowance: 700, givePct: 10, rhythm: "WEEKLY" });
    const invalid = await api("PATCH", path, { token, body: { savePct: 95 } });
    expect(invalid.status).toBe(422);

    // Paydays, paid or not, with the condition's count as it was.
    const { db } = context();
    const payday = new Date(Date.UTC(2026, 0, 3));
    await db.allowancePeriod.create({
      data: {
        familyId: family.familyId,
        memberId: family.kidId,
        payday,
        amount: 0,
        done: 2,
        needed: 3,
      },
    });
    const listed = await api("GET", `${path}/paydays`, { token });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({
      data: expect.arrayContaining(
        [{ payday: "2026-01-03", amount: 0, done: 2, needed: 3 }].map((row) =>
          expect.objectContaining(row),
        ),
      ),
    });
    expect((await api("POST", `${path}/paydays`, { token, body: {} })).status).toBe(405);
  });

  it("the goal: set, read with progress, closed", async () => {
    const { family } = context();
    const token = family.apiToken;
    const path = `/api/v1/members/${family.kidId}/goal`;
    const set = await api("POST", path, {
      token,
      body: { kind: "WISH", label: "Bike", emoji: "🚲", price: 12_000 },
    });
    expect(set.body).toMatchObject({ label: "Bike", price: 12_000, reached: false });
    expect((await api("GET", path, { token })).body).toMatchObject({ label: "Bike" });
    expect((await api("DELETE", path, { token })).body).toBeNull();
    expect((await api("GET", path, { token })).body).toBeNull();
  });
}
