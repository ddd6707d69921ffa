import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poolDoers, untakenAfterWindow } from "@/lib/pool/rules";

const kids = ["a", "b", "c"];

describe("poolDoers", () => {
  it("is the kid who took it, else every kid home, never a kid away", () => {
    fc.assert(
      fc.property(fc.subarray(kids), fc.option(fc.constantFrom(...kids, "gone")), (away, taken) => {
        const doers = poolDoers(kids, "2026-12-01", (kid) => away.includes(kid), taken);
        if (taken && taken !== "gone") expect(doers).toEqual([taken]);
        else expect(doers).toEqual(kids.filter((kid) => !away.includes(kid)));
      }),
    );
  });
});

describe("untakenAfterWindow", () => {
  const chore = (id: string, pool: "free" | "mine" | null, endMinute: number) => ({
    id,
    pool,
    endMinute,
  });

  it("names each free chore whose window is over once, whatever the number of kids", () => {
    const days = [
      [chore("cat", "free", 600), chore("dishes", "free", 1200), chore("teeth", null, 500)],
      [chore("cat", "free", 600), chore("bins", "mine", 500)],
      [chore("cat", "free", 600)],
    ];
    expect(untakenAfterWindow(days, 700).map((r) => r.id)).toEqual(["cat"]);
    expect(untakenAfterWindow(days, 1200).map((r) => r.id)).toEqual(["cat", "dishes"]);
    expect(untakenAfterWindow(days, 599)).toEqual([]);
  });
});
