import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayOfWeek,
  addDays,
  formatMinuteOfDay,
  fromDbDate,
  instantAt,
  isLocalDate,
  isTimeZone,
  isoWeekday,
  localDateAt,
  toDbDate,
} from "@/lib/time/rules";

const localDates = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2090-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const zones = fc.constantFrom(
  "UTC",
  "Europe/Stockholm",
  "America/New_York",
  "America/Sao_Paulo",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Pacific/Chatham",
);

describe("localDateAt", () => {
  it("uses the family's time zone, not UTC", () => {
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(localDateAt(instant, "UTC")).toBe("2026-03-01");
    expect(localDateAt(instant, "Europe/Stockholm")).toBe("2026-03-02");
    expect(localDateAt(instant, "America/New_York")).toBe("2026-03-01");
  });

  it("stays on the previous day until the family's day starts", () => {
    // 02:30 in Stockholm on Tuesday 2026-03-03; the day starts at 04:00.
    const instant = new Date("2026-03-03T01:30:00Z");
    expect(localDateAt(instant, "Europe/Stockholm", 0)).toBe("2026-03-03");
    expect(localDateAt(instant, "Europe/Stockholm", 240)).toBe("2026-03-02");
    expect(localDateAt(new Date("2026-03-03T03:00:00Z"), "Europe/Stockholm", 240)).toBe(
      "2026-03-03",
    );
  });

  it("is right on the spring-forward day (23-hour day)", () => {
    // Stockholm skips 02:00–03:00 on 2026-03-29.
    expect(localDateAt(new Date("2026-03-28T22:59:00Z"), "Europe/Stockholm")).toBe("2026-03-28");
    expect(localDateAt(new Date("2026-03-28T23:00:00Z"), "Europe/Stockholm")).toBe("2026-03-29");
    expect(localDateAt(new Date("2026-03-29T21:59:00Z"), "Europe/Stockholm")).toBe("2026-03-29");
    expect(localDateAt(new Date("2026-03-29T22:00:00Z"), "Europe/Stockholm")).toBe("2026-03-30");
  });

  it("is right on the fall-back day (25-hour day)", () => {
    // New York repeats 01:00–02:00 on 2026-11-01; the day lasts from 04:00Z to 05:00Z next day.
    expect(localDateAt(new Date("2026-11-01T03:59:00Z"), "America/New_York")).toBe("2026-10-31");
    expect(localDateAt(new Date("2026-11-01T04:00:00Z"), "America/New_York")).toBe("2026-11-01");
    expect(localDateAt(new Date("2026-11-02T04:59:00Z"), "America/New_York")).toBe("2026-11-01");
    expect(localDateAt(new Date("2026-11-02T05:00:00Z"), "America/New_York")).toBe("2026-11-02");
  });

  it("crosses the year end in the family's zone", () => {
    expect(localDateAt(new Date("2026-12-31T23:30:00Z"), "Asia/Kolkata")).toBe("2027-01-01");
    expect(localDateAt(new Date("2027-01-01T03:00:00Z"), "America/New_York")).toBe("2026-12-31");
  });

  it("round-trips with instantAt for every minute that exists on the wall clock", () => {
    fc.assert(
      fc.property(localDates, fc.integer({ min: 0, max: 1439 }), zones, (date, minute, zone) => {
        const instant = instantAt(date, minute, zone);
        // In a DST gap the minute does not exist and instantAt moves forward; otherwise exact.
        const back = localDateAt(instant, zone);
        expect([date, addDays(date, 1)]).toContain(back);
        if (minute >= 4 * 60 && minute < 22 * 60) expect(back).toBe(date);
      }),
    );
  });

  it("never goes back in time as instants move forward", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2080, 0, 1) }),
        fc.integer({ min: 0, max: 48 * 3_600_000 }),
        zones,
        fc.integer({ min: 0, max: 1439 }),
        (start, step, zone, dayStart) => {
          const a = localDateAt(new Date(start), zone, dayStart);
          const b = localDateAt(new Date(start + step), zone, dayStart);
          expect(a <= b).toBe(true);
        },
      ),
    );
  });
});

describe("calendar arithmetic", () => {
  it("addDays is invertible and crosses months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    fc.assert(
      fc.property(localDates, fc.integer({ min: -800, max: 800 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });

  it("isoWeekday counts Monday as 1 and Sunday as 7, and advances by one each day", () => {
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(isoWeekday("2026-11-29")).toBe(7);
    fc.assert(
      fc.property(localDates, (date) => {
        expect(isoWeekday(addDays(date, 1))).toBe((isoWeekday(date) % 7) + 1);
      }),
    );
  });

  it("converts to and from Postgres date values", () => {
    fc.assert(
      fc.property(localDates, (date) => {
        expect(fromDbDate(toDbDate(date))).toBe(date);
      }),
    );
  });

  it("validates local dates and time zones", () => {
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-1-01")).toBe(false);
    expect(isTimeZone("Europe/Stockholm")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });

  it("formats minutes of the day as a clock time", () => {
    expect(formatMinuteOfDay(0)).toBe("00:00");
    expect(formatMinuteOfDay(7 * 60 + 5)).toBe("07:05");
    expect(formatMinuteOfDay(1439)).toBe("23:59");
  });
});

describe("dayOfWeek", () => {
  it("counts from the family's first day of the week", () => {
    // 2026-11-29 was a Sunday, 2026-11-30 a Monday, 2026-12-05 a Saturday.
    expect(dayOfWeek("2026-11-30", 1)).toBe(0);
    expect(dayOfWeek("2026-11-29", 1)).toBe(6);
    expect(dayOfWeek("2026-11-29", 7)).toBe(0);
    expect(dayOfWeek("2026-11-30", 7)).toBe(1);
    expect(dayOfWeek("2026-12-05", 6)).toBe(0);
    expect(dayOfWeek("2026-11-30", 6)).toBe(2);
  });

  it("is 0 exactly once in any 7 days in a row, for every week start (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.constantFrom(1, 6, 7),
        (start, weekStart) => {
          const first = start.toISOString().slice(0, 10);
          const offsets = Array.from({ length: 7 }, (_, i) =>
            dayOfWeek(addDays(first, i), weekStart),
          );
          expect([...offsets].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
        },
      ),
    );
  });
});
