import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { doerOn, rotationStartFor, turnOf, type Rotation } from "@/lib/rotation/rules";
import { addDays, dayOfWeek } from "@/lib/time/rules";

const start = "2026-01-05"; // a Monday

// k kids, N weeks, each kid away on random days (some whole weeks, like week A / week B).
const scenario = fc
  .record({
    k: fc.integer({ min: 1, max: 5 }),
    weeks: fc.integer({ min: 1, max: 20 }),
    every: fc.constantFrom("DAY" as const, "WEEK" as const),
  })
  .chain(({ k, weeks, every }) =>
    fc.record({
      k: fc.constant(k),
      weeks: fc.constant(weeks),
      every: fc.constant(every),
      away: fc.array(fc.uniqueArray(fc.nat(weeks * 7 - 1), { maxLength: weeks * 7 }), {
        minLength: k,
        maxLength: k,
      }),
      awayWeeks: fc.array(fc.uniqueArray(fc.nat(weeks - 1), { maxLength: weeks }), {
        minLength: k,
        maxLength: k,
      }),
    }),
  );

describe("taking turns", () => {
  it("gives each of k kids ⌊N/k⌋ or ⌈N/k⌉ of N turns, and never a day away", () => {
    fc.assert(
      fc.property(scenario, ({ k, weeks, every, away, awayWeeks }) => {
        const kids = Array.from({ length: k }, (_, i) => `kid${i}`);
        const rotation: Rotation = { every, start, kids };
        const awayDays = kids.map(
          (_, i) =>
            new Set([
              ...away[i]!.map((d) => addDays(start, d)),
              ...awayWeeks[i]!.flatMap((w) =>
                Array.from({ length: 7 }, (_, d) => addDays(start, w * 7 + d)),
              ),
            ]),
        );
        const isAway = (kid: string, date: string) => awayDays[kids.indexOf(kid)]!.has(date);
        const turns = new Map(kids.map((kid) => [kid, 0]));
        const days = weeks * 7;
        for (let d = 0; d < days; d++) {
          const date = addDays(start, d);
          if (every === "DAY" || d % 7 === 0) {
            const turn = turnOf(rotation, date)!;
            turns.set(turn, turns.get(turn)! + 1);
          }
          const doer = doerOn(rotation, date, isAway);
          if (doer === null) expect(kids.every((kid) => isAway(kid, date))).toBe(true);
          else {
            expect(isAway(doer, date)).toBe(false);
            // The turn's kid does it whenever home; a cover only when they are away.
            if (!isAway(turnOf(rotation, date)!, date)) expect(doer).toBe(turnOf(rotation, date));
          }
        }
        const n = every === "DAY" ? days : weeks;
        for (const count of turns.values())
          expect([Math.floor(n / k), Math.ceil(n / k)]).toContain(count);
      }),
    );
  });

  it("hands over on the period's first day, and a swap gives the day to the chosen kid", () => {
    const rotation: Rotation = { every: "WEEK", start, kids: ["a", "b", "c"] };
    const home = () => false;
    expect(doerOn(rotation, addDays(start, 6), home)).toBe("a");
    expect(doerOn(rotation, addDays(start, 7), home)).toBe("b");
    expect(doerOn(rotation, addDays(start, 21), home)).toBe("a");
    expect(doerOn(rotation, addDays(start, 8), home, "c")).toBe("c");
    // A swap to someone no longer in the rotation is ignored.
    expect(doerOn(rotation, addDays(start, 8), home, "zed")).toBe("b");
    expect(turnOf(rotation, addDays(start, -1))).toBeNull();
  });

  it("starts a weekly rotation on the family's first day of the week", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.nat(400), (weekStart, n) => {
        const date = addDays(start, n);
        const first = rotationStartFor(date, "WEEK", weekStart);
        expect(dayOfWeek(first, weekStart)).toBe(0);
        expect(first <= date && addDays(first, 7) > date).toBe(true);
        expect(rotationStartFor(date, "DAY", weekStart)).toBe(date);
      }),
    );
  });
});
