import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay } from "@/lib/time/format";
import { addDays } from "@/lib/time/rules";

describe("formatDay", () => {
  it("reads a calendar day as people do, never ISO", () => {
    expect(formatDay("2026-11-27")).toBe("Fri, Nov 27");
    expect(formatDay("2026-11-27", "long")).toBe("Friday, Nov 27");
    expect(formatDay("2026-01-05", "month")).toBe("Jan");
  });

  it("is the same day in every time zone the machine may be in", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const date = addDays("2024-01-01", offset);
        const [, , day] = date.split("-").map(Number);
        return formatDay(date).endsWith(` ${day}`) && !/\d{4}-\d{2}/.test(formatDay(date));
      }),
    );
  });
});
