// Taking turns (issue 21), as pure functions: a routine or chore done by one kid at a time, the
// kids in a fixed order, the turn passing on every day or every week of the family's.
//
// - A turn is a period (a day, or a family week) counted from the rotation's start; period p is the
//   turn of the kid at p mod k in the order. So over N periods each of k kids has ⌊N/k⌋ or ⌈N/k⌉
//   turns, whatever anyone's calendar says.
// - On a day the kid whose turn it is is away (lib/away/rules.ts), the next kid in the order who
//   is home does it that day; the turn stays theirs. Nobody ever has it on a day away; when every
//   kid is away, nobody has it.
// - A parent can give one day to another kid (a swap): that day, that kid does it. A day can also
//   be kept as it was when the rotation changed. A stored day of a kid no longer in it is ignored.
// - Before the rotation starts, every kid of it may do the routine (as before it took turns).
//
// routine_doers() in SQL (migration rotations) says the same: rotation.integration.test.ts.
import { daysBetween } from "@/lib/away/rules";
import { addDays, dayOfWeek, type LocalDate } from "@/lib/time/rules";

export type Rotation = {
  every: "DAY" | "WEEK";
  /** The first day of the first turn (for WEEK, the first day of a family week). */
  start: LocalDate;
  /** The kids in turn order. */
  kids: readonly string[];
};

/** The period `date` falls in, counted from the start (negative before it). */
export function periodOf(rotation: Rotation, date: LocalDate): number {
  const days = daysBetween(rotation.start, date);
  return rotation.every === "DAY" ? days : Math.floor(days / 7);
}

/** Whose turn it is on `date` (the period's kid), or null with no kids or before the start. */
export function turnOf(rotation: Rotation, date: LocalDate): string | null {
  const k = rotation.kids.length;
  const period = periodOf(rotation, date);
  if (k === 0 || period < 0) return null;
  return rotation.kids[period % k]!;
}

/**
 * Who does it on `date`: the swapped kid if a parent gave the day to one, else the kid whose turn
 * it is, else (away) the next kid in the order who is home; null when nobody can.
 */
export function doerOn(
  rotation: Rotation,
  date: LocalDate,
  isAway: (kidId: string, date: LocalDate) => boolean,
  swap: string | null = null,
): string | null {
  if (swap && rotation.kids.includes(swap)) return swap;
  const turn = turnOf(rotation, date);
  if (turn === null) return null;
  const k = rotation.kids.length;
  const first = rotation.kids.indexOf(turn);
  for (let i = 0; i < k; i++) {
    const kid = rotation.kids[(first + i) % k]!;
    if (!isAway(kid, date)) return kid;
  }
  return null;
}

/** A weekly rotation starts on the family's first day of the week on or before `date`. */
export function rotationStartFor(date: LocalDate, every: Rotation["every"], weekStart: number) {
  return every === "DAY" ? date : addDays(date, -dayOfWeek(date, weekStart));
}

/**
 * Who may do the routine on `date`: the kid of a stored day (a swap, or a day kept) when still in
 * the rotation; every kid of it before it starts; else the doer, or nobody.
 */
export function doersOn(
  rotation: Rotation,
  date: LocalDate,
  isAway: (kidId: string, date: LocalDate) => boolean,
  stored: string | null = null,
): string[] {
  if (stored && rotation.kids.includes(stored)) return [stored];
  if (rotation.kids.length > 0 && date < rotation.start) return [...rotation.kids];
  const doer = doerOn(rotation, date, isAway);
  return doer ? [doer] : [];
}
