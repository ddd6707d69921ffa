import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRefusal, refusalMessage, versionInForce, type VersionAt } from "@/lib/checks/rules";
import { addDays } from "@/lib/time/rules";

const at = (hour: number) => new Date(Date.UTC(2026, 10, 20, hour));
const versions: VersionAt[] = [
  { id: "v1", number: 1, createdAt: at(0) },
  { id: "v2", number: 2, createdAt: at(10) },
  { id: "v3", number: 3, createdAt: at(20) },
];

describe("the version in force on a day", () => {
  it("is the newest made before the day ended, or the one the kid's checks of that day point at", () => {
    expect(versionInForce(versions, new Set(), at(12))).toBe("v2");
    expect(versionInForce(versions, new Set(["v1"]), at(23))).toBe("v1");
    expect(versionInForce(versions, new Set(["v1", "v2"]), at(23))).toBe("v2");
    expect(versionInForce(versions, new Set(), at(0))).toBeNull();
  });

  it("is always one of the routine's versions, and a checked one whenever there is one", () => {
    fc.assert(
      fc.property(
        fc.subarray(["v1", "v2", "v3"]),
        fc.integer({ min: -5, max: 30 }),
        (checked, hour) => {
          const found = versionInForce(versions, new Set(checked), at(hour));
          if (checked.length > 0) expect(checked).toContain(found);
          else if (found)
            expect(versions.find((v) => v.id === found)!.createdAt < at(hour)).toBe(true);
        },
      ),
    );
  });
});

describe("why a check is refused", () => {
  const today = "2026-11-27"; // a Friday
  const base = {
    today,
    routine: { weekdays: [5], archived: false },
    versionId: "v1",
    inForce: "v1",
  };

  it("names one rule per refusal, in the order a parent would look", () => {
    expect(checkRefusal({ ...base, date: today })).toBeNull();
    expect(checkRefusal({ ...base, date: addDays(today, 1) })).toMatchObject({
      reason: "outside-backfill",
    });
    expect(checkRefusal({ ...base, date: addDays(today, -8) })).toMatchObject({
      reason: "outside-backfill",
    });
    expect(checkRefusal({ ...base, date: addDays(today, -7) })).toBeNull();
    expect(
      checkRefusal({ ...base, date: today, routine: { weekdays: [5], archived: true } }),
    ).toEqual({ reason: "archived" });
    expect(checkRefusal({ ...base, date: addDays(today, -1) })).toEqual({
      reason: "not-scheduled",
    });
    expect(checkRefusal({ ...base, date: today, inForce: null })).toEqual({ reason: "not-yet" });
    expect(checkRefusal({ ...base, date: today, inForce: "v2" })).toEqual({ reason: "superseded" });
  });

  it("says it in words", () => {
    expect(String(refusalMessage({ reason: "not-scheduled" }, "Morning", "2026-11-28"))).toBe(
      "“Morning” is not planned on Saturday, so nothing of it can be checked on Saturday, Nov 28.",
    );
    expect(
      String(refusalMessage({ reason: "outside-backfill", today }, "Morning", "2026-11-01")),
    ).toBe(
      "Checks can be changed for today (Friday, Nov 27) and up to 7 days back (Friday, Nov 20), not for Sunday, Nov 1.",
    );
  });
});
