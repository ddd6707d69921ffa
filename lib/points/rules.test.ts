import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerStillShown,
  balanceOf,
  canAfford,
  reversalDelta,
  undoKey,
  type LedgerEntry,
} from "@/lib/points/rules";

/**
 * A model of the ledger as the queries write it: awards keyed by source (written once), undos
 * (a reversing entry, once), reward requests and decisions. The property: whatever the order,
 * the balance is the ledger's sum, never negative, and no source is counted twice.
 */
type Op =
  | { kind: "award"; source: number; points: number }
  | { kind: "undo"; source: number }
  | { kind: "request"; cost: number }
  | { kind: "approve"; pick: number }
  | { kind: "deny"; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("award" as const),
    source: fc.nat(8),
    points: fc.integer({ min: 0, max: 50 }),
  }),
  fc.record({ kind: fc.constant("undo" as const), source: fc.nat(8) }),
  fc.record({ kind: fc.constant("request" as const), cost: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant("approve" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("deny" as const), pick: fc.nat() }),
);

function run(ops: Op[]) {
  const ledger: (LedgerEntry & { award?: number })[] = [];
  const keys = new Set<string>();
  const requests: { cost: number; status: "PENDING" | "APPROVED" | "DENIED" }[] = [];
  const write = (entry: LedgerEntry & { award?: number }) => {
    if (keys.has(entry.sourceKey)) return; // the unique sourceKey
    keys.add(entry.sourceKey);
    ledger.push(entry);
  };
  const balances: number[] = [];
  for (const step of ops) {
    const balance = balanceOf(ledger);
    if (step.kind === "award")
      write({ delta: step.points, sourceKey: `habit:${step.source}`, award: step.points });
    if (step.kind === "undo") {
      const award = ledger.find((e) => e.sourceKey === `habit:${step.source}`);
      if (award)
        write({ delta: reversalDelta(award.award!, balance), sourceKey: undoKey(award.sourceKey) });
    }
    if (step.kind === "request") requests.push({ cost: step.cost, status: "PENDING" });
    const pending = requests.filter((r) => r.status === "PENDING");
    const picked = pending.length
      ? pending[(step as { pick: number }).pick % pending.length]
      : undefined;
    if (step.kind === "approve" && picked && canAfford(balance, picked.cost)) {
      picked.status = "APPROVED";
      write({ delta: -picked.cost, sourceKey: `reward:${requests.indexOf(picked)}` });
    }
    if (step.kind === "deny" && picked) picked.status = "DENIED";
    balances.push(balanceOf(ledger));
  }
  return { ledger, balances, requests };
}

describe("the points ledger", () => {
  it("never goes negative, equals its sum, and counts each source once", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const { ledger, balances, requests } = run(ops);
        expect(balances.every((b) => b >= 0)).toBe(true);
        expect(balances.at(-1) ?? 0).toBe(ledger.reduce((s, e) => s + e.delta, 0));
        const keys = ledger.map((e) => e.sourceKey);
        expect(new Set(keys).size).toBe(keys.length);
        const spent = requests
          .filter((r) => r.status === "APPROVED")
          .reduce((s, r) => s + r.cost, 0);
        const earned = ledger.filter((e) => e.delta > 0).reduce((s, e) => s + e.delta, 0);
        expect(spent).toBeLessThanOrEqual(earned);
      }),
      { numRuns: 500 },
    );
  });

  it("an undo takes back the award, or what is left of it", () => {
    expect(reversalDelta(10, 25)).toBe(-10);
    expect(reversalDelta(10, 4)).toBe(-4);
    expect(reversalDelta(10, 0)).toBe(0);
  });

  it("spending needs enough points, and costs something", () => {
    expect(canAfford(30, 30)).toBe(true);
    expect(canAfford(29, 30)).toBe(false);
    expect(canAfford(30, 0)).toBe(false);
  });
});

describe("answerStillShown", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 60 * 60 * 1000);

  it("shows a waiting request, and an answer for a day", () => {
    expect(answerStillShown({ status: "PENDING", decidedAt: null }, now)).toBe(true);
    expect(answerStillShown({ status: "APPROVED", decidedAt: hoursAgo(2) }, now)).toBe(true);
    expect(answerStillShown({ status: "DENIED", decidedAt: hoursAgo(23.9) }, now)).toBe(true);
  });

  it("lets last week's yes go: the reward can simply be asked for again", () => {
    expect(answerStillShown({ status: "APPROVED", decidedAt: hoursAgo(24) }, now)).toBe(false);
    expect(answerStillShown({ status: "APPROVED", decidedAt: hoursAgo(24 * 7) }, now)).toBe(false);
    expect(answerStillShown({ status: "DENIED", decidedAt: null }, now)).toBe(false);
  });
});
