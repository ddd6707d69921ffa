import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextWeekday, todayUtc, zoneAtMidday } from "@/lib/testing/dates";
import { isoWeekday, localMinuteAt, toDbDate } from "@/lib/time/rules";

describe("nextWeekday", () => {
  it("is the asked weekday, 1 to 7 days after today, on any day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 7 }),
        (now, weekday) => {
          const date = nextWeekday(weekday, now);
          const days = (toDbDate(date).getTime() - toDbDate(todayUtc(now)).getTime()) / 86_400_000;
          expect(isoWeekday(date)).toBe(weekday);
          expect(days).toBeGreaterThanOrEqual(1);
          expect(days).toBeLessThanOrEqual(7);
        },
      ),
    );
  });
});

describe("zoneAtMidday", () => {
  it("picks a zone where it is within 2 hours of noon, whatever the hour", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-01-01"), max: new Date("2028-12-31"), noInvalidDate: true }),
        (now) => {
          const minute = localMinuteAt(now, zoneAtMidday(now));
          expect(Math.abs(minute - 12 * 60)).toBeLessThanOrEqual(120);
        },
      ),
    );
  });
});
