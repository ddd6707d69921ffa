import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  JARS,
  conditionNeed,
  conditionProgress,
  exchangeValue,
  formatMoney,
  isCurrency,
  minorPerMajor,
  nextPayday,
  parseAmount,
  paydaysDue,
  periodBefore,
  splitIntoJars,
} from "@/lib/money/rules";
import { addDays, isoWeekday } from "@/lib/time/rules";

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays("2026-01-01", n));

describe("jars", () => {
  it("split a payout into whole cents that add up exactly, each near its share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (amount, save, give) => {
          fc.pre(save + give <= 100);
          const split = splitIntoJars(amount, { savePct: save, givePct: give });
          expect(JARS.reduce((sum, jar) => sum + split[jar], 0)).toBe(amount);
          const pct = { SPEND: 100 - save - give, SAVE: save, GIVE: give };
          for (const jar of JARS) {
            expect(split[jar]).toBeGreaterThanOrEqual(0);
            expect(Math.abs(split[jar] - (amount * pct[jar]) / 100)).toBeLessThan(1);
            if (pct[jar] === 0) expect(split[jar]).toBe(0);
          }
        },
      ),
    );
  });
});

describe("amounts", () => {
  it("are whole minor units of the family's currency, written in the reader's language", () => {
    expect(minorPerMajor("EUR")).toBe(100);
    expect(minorPerMajor("JPY")).toBe(1);
    expect(minorPerMajor("KWD")).toBe(1000);
    expect(formatMoney(1250, "EUR", "de")).toBe("12,50\u00a0€"); // a no-break space
    expect(formatMoney(1250, "USD", "en")).toBe("$12.50");
    expect(formatMoney(1250, "JPY", "en")).toBe("¥1,250");
    expect(parseAmount("12,5", "EUR")).toBe(1250);
    expect(parseAmount("12.50", "EUR")).toBe(1250);
    expect(parseAmount("7", "EUR")).toBe(700);
    expect(parseAmount("1250", "JPY")).toBe(1250);
    for (const bad of ["", "abc", "-3", "1.234", "1e3"])
      expect(parseAmount(bad, "EUR"), bad).toBeNull();
    expect(parseAmount("1.5", "JPY")).toBeNull();
    expect(isCurrency("EUR")).toBe(true);
    expect(isCurrency("XYZ")).toBe(false);
    expect(isCurrency("eur")).toBe(false);
    expect(isCurrency("XAU")).toBe(false); // gold has no minor unit
  });

  it("take their minor units from ISO 4217, not from the runtime's display data", () => {
    // CLDR writes these without decimals; ISO 4217 gives them 2 (IQD: 3).
    for (const code of ["HUF", "IDR", "COP", "PKR"]) expect(minorPerMajor(code), code).toBe(100);
    expect(minorPerMajor("IQD")).toBe(1000);
    expect(minorPerMajor("CLF")).toBe(10_000);
    expect(formatMoney(123456, "HUF", "en")).toBe("HUF 1,234.56");
    expect(formatMoney(1250, "KWD", "en")).toBe("KWD 1.250");
    expect(parseAmount("1234,56", "HUF")).toBe(123456);
  });

  it("read back what they format (in English)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom("EUR", "USD", "GBP", "JPY", "KWD", "HUF", "IDR"),
        (minor, currency) => {
          const text = formatMoney(minor, currency, "en").replace(/[^\d.]/g, "");
          expect(parseAmount(text, currency)).toBe(minor);
        },
      ),
    );
  });
});

describe("paydays", () => {
  const weekly = (weekday: number, startsOn: string) =>
    ({ rhythm: "WEEKLY", weekday, monthDay: 1, startsOn }) as const;
  const monthly = (monthDay: number, startsOn: string) =>
    ({ rhythm: "MONTHLY", weekday: 1, monthDay, startsOn }) as const;

  it("fall on the chosen weekday or day of the month, never before the plan starts", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 28 }),
        (date, weekday, monthDay) => {
          const w = nextPayday(weekly(weekday, date), date);
          expect(isoWeekday(w)).toBe(weekday);
          expect(w >= date && w <= addDays(date, 6)).toBe(true);
          const m = nextPayday(monthly(monthDay, date), date);
          expect(Number(m.slice(8))).toBe(monthDay);
          expect(m >= date && m <= addDays(date, 31)).toBe(true);
        },
      ),
    );
  });

  it("are each paid once however the runs fall: one run late, or a run every day, pays the same days", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (startsOn, span, gaps, isWeekly) => {
          const plan = isWeekly ? weekly(6, startsOn) : monthly(15, startsOn);
          const end = addDays(startsOn, span);
          // One run at the end (a long downtime) …
          const once = paydaysDue(plan, null, end, 1000);
          // … or runs on random days (each pays what is due since the last payday paid).
          const paid: string[] = [];
          let today = startsOn;
          for (const gap of [...gaps, span]) {
            today = addDays(today, gap) > end ? end : addDays(today, gap);
            paid.push(...paydaysDue(plan, paid.at(-1) ?? null, today, 1000));
          }
          expect(paid).toEqual(once);
          expect(new Set(paid).size).toBe(paid.length);
        },
      ),
    );
  });

  it("look at the period that ends the day before: the week before, or the month before", () => {
    expect(periodBefore(weekly(6, "2026-11-01"), "2026-12-05")).toEqual({
      from: "2026-11-28",
      to: "2026-12-04",
    });
    expect(periodBefore(monthly(1, "2026-01-01"), "2026-12-01")).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(periodBefore(monthly(15, "2026-01-01"), "2026-01-15")).toEqual({
      from: "2025-12-15",
      to: "2026-01-14",
    });
  });
});

describe("an allowance's condition", () => {
  it("asks what the parent set when every planned day was the kid's, and less when fewer were", () => {
    expect(conditionNeed(5, 7, 7)).toBe(5);
    expect(conditionNeed(5, 4, 7)).toBe(3); // away three days: ⌈5 × 4 / 7⌉
    expect(conditionNeed(5, 2, 7)).toBe(2); // one of three kids taking turns
    expect(conditionNeed(5, 2, 2)).toBe(2); // more than the routine has days: all of them
    expect(conditionNeed(5, 0, 7)).toBe(0); // away all week: nothing was due
    expect(conditionNeed(null, 3, 7)).toBeNull();
    expect(conditionProgress(2, conditionNeed(5, 2, 7)).met).toBe(true);
    expect(conditionProgress(2, conditionNeed(5, 7, 7)).met).toBe(false);
  });

  it("never asks more than was due, never more than the parent set, and asks more as more was due", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        (needed, planned, dueRaw) => {
          const due = Math.min(dueRaw, planned);
          const need = conditionNeed(needed, due, planned)!;
          expect(need).toBeLessThanOrEqual(due);
          expect(need).toBeLessThanOrEqual(needed);
          if (due === planned) expect(need).toBe(Math.min(needed, planned));
          if (due < planned)
            expect(need).toBeLessThanOrEqual(conditionNeed(needed, due + 1, planned)!);
          // The same share of the due days as the parent asked of the planned ones, rounded up.
          if (needed <= planned && due > 0)
            expect(need * planned).toBeGreaterThanOrEqual(needed * due);
        },
      ),
    );
  });
});

describe("exchange", () => {
  it("turns whole steps of the rate into money and nothing else", () => {
    const rate = { points: 10, minor: 50 };
    expect(exchangeValue(30, rate)).toBe(150);
    expect(exchangeValue(25, rate)).toBeNull();
    expect(exchangeValue(0, rate)).toBeNull();
    expect(exchangeValue(30, null)).toBeNull();
  });
});
