// Contract cases for points, rewards and reward requests (see ./family.ts).
import { expect, it } from "vitest";
import { api } from "@/lib/testing/api";
import type { ContractContext } from "@/lib/api/contract/family";

type Request = { id: string; status: string; balance?: number };

export function pointsContract(context: ContractContext) {
  it("points: balance and ledger, newest first, paged", async () => {
    const { family } = context();
    const answer = await api("GET", `/api/v1/members/${family.kidId}/points?limit=1`, {
      token: family.apiToken,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      memberId: family.kidId,
      balance: expect.any(Number),
      data: [{ delta: expect.any(Number), source: expect.any(String) }],
    });
  });

  it("rewards and requests: add, hide, ask, approve while points last (never below zero), deny", async () => {
    const { family } = context();
    const token = family.apiToken;
    const points = async () =>
      (
        (await api("GET", `/api/v1/members/${family.kidId}/points`, { token })).body as {
          balance: number;
        }
      ).balance;

    const created = await api("POST", "/api/v1/rewards", {
      token,
      body: { name: "Zoo trip", emoji: "🦁", cost: 100_000 },
    });
    expect(created.status).toBe(201);
    const reward = created.body as { id: string };
    expect((await api("GET", created.headers.get("location")!, { token })).body).toEqual(
      created.body,
    );
    const hidden = await api("PATCH", `/api/v1/rewards/${reward.id}`, {
      token,
      body: { active: false },
    });
    expect(hidden.body).toMatchObject({ active: false });
    const offered = await api("GET", "/api/v1/rewards?active=true", { token });
    expect(JSON.stringify(offered.body)).not.toContain(reward.id);
    const hiddenOnes = await api("GET", "/api/v1/rewards?active=false", { token });
    expect(JSON.stringify(hiddenOnes.body)).toContain(reward.id);
    // A hidden reward cannot be asked for.
    const askHidden = await api("POST", "/api/v1/reward-requests", {
      token,
      body: { memberId: family.kidId, rewardId: reward.id },
    });
    expect(askHidden.status).toBe(404);
    await api("PATCH", `/api/v1/rewards/${reward.id}`, { token, body: { active: true } });

    // Asking twice answers the open request.
    const ask = await api("POST", "/api/v1/reward-requests", {
      token,
      body: { memberId: family.kidId, rewardId: reward.id },
    });
    const again = await api("POST", "/api/v1/reward-requests", {
      token,
      body: { memberId: family.kidId, rewardId: reward.id },
    });
    expect([ask.status, again.status]).toEqual([201, 200]);
    const big = ask.body as Request;
    expect((again.body as Request).id).toBe(big.id);
    expect((await api("GET", `/api/v1/reward-requests/${big.id}`, { token })).body).toMatchObject({
      status: "PENDING",
      cost: 100_000,
    });
    const pending = await api(
      "GET",
      `/api/v1/reward-requests?status=PENDING&memberId=${family.kidId}`,
      {
        token,
      },
    );
    expect((pending.body as { data: Request[] }).data.map((r) => r.id)).toEqual(
      expect.arrayContaining([big.id, family.rewardRequestId]),
    );

    // The family graph's request costs 20 of the kid's 50: approved, the points are spent.
    const balance = await points();
    const approved = await api(
      "POST",
      `/api/v1/reward-requests/${family.rewardRequestId}/approve`,
      {
        token,
      },
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "APPROVED", balance: balance - 20 });
    const twice = await api("POST", `/api/v1/reward-requests/${family.rewardRequestId}/approve`, {
      token,
    });
    expect(twice.status).toBe(409);

    // 100000 points are more than the kid has: refused, nothing spent.
    const tooMuch = await api("POST", `/api/v1/reward-requests/${big.id}/approve`, { token });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body).toMatchObject({ error: { code: "rule_violation" } });
    expect(await points()).toBe(balance - 20);
    const denied = await api("POST", `/api/v1/reward-requests/${big.id}/deny`, { token });
    expect(denied.body).toMatchObject({ status: "DENIED", balance: balance - 20 });
    expect((await api("POST", `/api/v1/reward-requests/${big.id}/deny`, { token })).status).toBe(
      409,
    );
  });
}
