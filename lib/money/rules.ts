// The family's money (issue 20), pure: real money apart from stars, in whole minor units (cents),
// in the family's currency; jars (spend, save, give); the allowance's paydays and conditions;
// turning stars into money. The ledger is append-only and a jar never goes below zero: the
// database holds that too (migration family_economy), these rules say it before it is tried.
import type { LocalDate } from "@/lib/time/rules";
import { addDays, isoWeekday } from "@/lib/time/rules";

export const JARS = ["SPEND", "SAVE", "GIVE"] as const;
export type Jar = (typeof JARS)[number];

/** Most money a family keeps per entry: 1,000,000.00 in a 2-decimal currency. */
export const MAX_AMOUNT = 100_000_000;

/**
 * ISO 4217's minor units where they are not 2. The stored amounts are whole minor units, so their
 * meaning comes from the standard, not from the runtime's display data: CLDR shows HUF, IDR or
 * COP without decimals and IQD with none, and a runtime update must never rescale a family's money.
 */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
      .split(" ")
      .map((c) => [c, 0]),
  ),
  ...Object.fromEntries("BHD IQD JOD KWD LYD OMR TND".split(" ").map((c) => [c, 3])),
  CLF: 4,
  UYW: 4,
};

/** Codes with no minor unit in ISO 4217 (gold, fund and test codes): not a family's money. */
const NOT_MONEY = new Set("XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX".split(" "));

/** The currencies the family may pick: ISO 4217 money this runtime's Intl can write. */
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code) || NOT_MONEY.has(code)) return false;
  return Intl.supportedValuesOf("currency").includes(code);
}

/** How many minor units make one major unit (ISO 4217): 100 for EUR, 1 for JPY, 1000 for KWD. */
export function minorPerMajor(currency: string): number {
  return 10 ** (MINOR_DIGITS[currency] ?? 2);
}

/** "12,50 €", "$12.50", "¥1,250": minor units in the reader's language, every minor digit shown. */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  const digits = MINOR_DIGITS[currency] ?? 2;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}

/** "12.50" or "12,5" as typed by a parent → minor units; null when it is not an amount. */
export function parseAmount(text: string, currency: string): number | null {
  const clean = text.trim().replace(/\s/g, "");
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(clean);
  if (!match) return null;
  const per = minorPerMajor(currency);
  const digits = Math.log10(per);
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * per + Number(fraction.padEnd(digits, "0") || "0");
}

export type JarSplit = { savePct: number; givePct: number };

/**
 * A payout split into jars by percentage, in whole minor units that add up to the payout exactly:
 * each jar gets its share rounded down, and the cents left go to the jars with the largest
 * remainders (spend first on a tie).
 */
export function splitIntoJars(amount: number, split: JarSplit): Record<Jar, number> {
  const pct: Record<Jar, number> = {
    SPEND: 100 - split.savePct - split.givePct,
    SAVE: split.savePct,
    GIVE: split.givePct,
  };
  const exact = JARS.map((jar) => ({ jar, value: (amount * pct[jar]) / 100 }));
  const result = Object.fromEntries(
    exact.map(({ jar, value }) => [jar, Math.floor(value)]),
  ) as Record<Jar, number>;
  let left = amount - JARS.reduce((sum, jar) => sum + result[jar], 0);
  const byRemainder = [...exact].sort(
    (a, b) =>
      b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)) ||
      JARS.indexOf(a.jar) - JARS.indexOf(b.jar),
  );
  for (const { jar } of byRemainder) {
    if (left === 0) break;
    if (pct[jar] === 0) continue;
    result[jar]++;
    left--;
  }
  return result;
}

export type Rhythm = "WEEKLY" | "MONTHLY";

export type AllowancePlan = {
  rhythm: Rhythm;
  /** WEEKLY: the ISO weekday it is paid on (1 Monday … 7 Sunday). */
  weekday: number;
  /** MONTHLY: the day of the month (1–28, so every month has it). */
  monthDay: number;
  /** The first payday on or after this date. */
  startsOn: LocalDate;
};

/** The first payday on or after `date`. */
export function nextPayday(plan: AllowancePlan, date: LocalDate): LocalDate {
  if (plan.rhythm === "WEEKLY") return addDays(date, (plan.weekday - isoWeekday(date) + 7) % 7);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const month = d <= plan.monthDay ? new Date(Date.UTC(y, m - 1, 1)) : new Date(Date.UTC(y, m, 1));
  month.setUTCDate(plan.monthDay);
  return month.toISOString().slice(0, 10);
}

/**
 * Every payday from the plan's start up to `today`, after `lastPaid` (the latest already paid or
 * passed), oldest first: downtime of any length misses none, and a payday is never listed twice.
 * At most `limit`, so a plan started long ago cannot flood one run.
 */
export function paydaysDue(
  plan: AllowancePlan,
  lastPaid: LocalDate | null,
  today: LocalDate,
  limit = 60,
): LocalDate[] {
  const days: LocalDate[] = [];
  const after =
    lastPaid && addDays(lastPaid, 1) > plan.startsOn ? addDays(lastPaid, 1) : plan.startsOn;
  let day = nextPayday(plan, after);
  while (day <= today && days.length < limit) {
    days.push(day);
    day = nextPayday(plan, addDays(day, 1));
  }
  return days;
}

/** The days a payday's condition looks at: the period that ends the day before it. */
export function periodBefore(
  plan: AllowancePlan,
  payday: LocalDate,
): { from: LocalDate; to: LocalDate } {
  const to = addDays(payday, -1);
  if (plan.rhythm === "WEEKLY") return { from: addDays(payday, -7), to };
  const [y, m] = payday.split("-").map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 2, plan.monthDay)).toISOString().slice(0, 10);
  return { from, to };
}

/**
 * "Only if at least 5 of 7 mornings were done", fair to a kid who was not asked every day: the days
 * the parent set shrink with the planned days the routine was not the kid's (away, another kid's
 * turn, a pool chore a sibling took), ⌈needed × due / planned⌉ as a measured habit's weekly goal
 * shrinks with excused days, and never more than the days that were due. Nothing due: nothing needed.
 */
export function conditionNeed(needed: number | null, due: number, planned: number): number | null {
  if (needed === null || needed <= 0) return null;
  if (due <= 0 || planned <= 0) return 0;
  return Math.min(due, Math.ceil((needed * Math.min(due, planned)) / planned));
}

/** Met, and how far along the kid is (`needed` after conditionNeed). */
export function conditionProgress(done: number, needed: number | null) {
  if (needed === null || needed <= 0) return { met: true, done, needed: 0 };
  return { met: done >= needed, done, needed };
}

/** The family's exchange rate: `points` stars make `minor` minor units (null: not allowed). */
export type ExchangeRate = { points: number; minor: number } | null;

/** Stars → money at the rate: only whole steps of the rate, so nothing is lost to rounding. */
export function exchangeValue(points: number, rate: ExchangeRate): number | null {
  if (!rate || points <= 0 || points % rate.points !== 0) return null;
  return (points / rate.points) * rate.minor;
}
