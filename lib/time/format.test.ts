import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, formatMinute, formatMoment } from "@/lib/time/format";
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

describe("formatMoment", () => {
  const moment = new Date("2026-11-30T13:02:00Z");
  it("says the moment in the family's zone on the 24-hour clock", () => {
    expect(formatMoment(moment, "Europe/Berlin")).toBe("Nov 30, 2026, 14:02");
    expect(formatMoment(moment, "America/New_York")).toBe("Nov 30, 2026, 08:02");
    expect(formatMoment(moment, "Asia/Kolkata", false)).toBe("18:32");
  });
});

describe("in each language", () => {
  it("names days and moments in the reader's language and the family's clock", () => {
    expect(formatDay("2026-11-27", "long", "de")).toBe("Freitag, 27. Nov.");
    expect(formatDay("2026-11-27", "short", "fr")).toBe("ven. 27 nov.");
    expect(formatDay("2026-11-27", "short", "es")).toBe("vie, 27 nov");
    expect(formatMoment(new Date("2026-11-30T13:02:00Z"), "UTC", false, "en", "H12")).toBe(
      "1:02 PM",
    );
    expect(formatMinute(7 * 60 + 5)).toBe("07:05");
    expect(formatMinute(19 * 60 + 30, "en", "H12")).toBe("7:30 PM");
    expect(formatMinute(19 * 60 + 30, "de")).toBe("19:30");
  });
});
