// The visual timer of a card (issue 16): a coloured disc that shrinks like a Time Timer, so a
// child who cannot read digits still sees how much time is left. Pure geometry and arithmetic;
// components/tablet/timer-disc.tsx draws it.

/** The share of the time still left, 1 at the start and 0 at the end (never outside 0…1). */
export function shareLeft(startedAt: number, seconds: number, now: number) {
  if (seconds <= 0) return 0;
  return Math.min(1, Math.max(0, 1 - (now - startedAt) / (seconds * 1000)));
}

/** Whole seconds left, rounded up: "1" until the very end. */
export function secondsLeft(startedAt: number, seconds: number, now: number) {
  return Math.ceil(shareLeft(startedAt, seconds, now) * seconds);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The SVG path of the disc's remaining sector in a square of side 2r: from 12 o'clock, clockwise,
 * `share` of the full circle. A whole disc is two half arcs (one arc cannot start and end at the
 * same point); nothing left is an empty path.
 */
export function sectorPath(share: number, r: number) {
  const s = Math.min(1, Math.max(0, share));
  if (s <= 0) return "";
  if (s >= 1) return `M ${r} 0 A ${r} ${r} 0 1 1 ${r} ${2 * r} A ${r} ${r} 0 1 1 ${r} 0 Z`;
  const angle = s * 2 * Math.PI;
  const x = round(r + r * Math.sin(angle));
  const y = round(r - r * Math.cos(angle));
  return `M ${r} ${r} L ${r} 0 A ${r} ${r} 0 ${s > 0.5 ? 1 : 0} 1 ${x} ${y} Z`;
}

/** Says a message of the tablet's timer (messages/*.json, "tablet.timer") in the kid's language. */
export type TimerWords = (
  key: "up" | "minutes" | "seconds",
  values?: Record<string, number>,
) => string;

/** What a screen reader says: whole minutes while there are any, then seconds. */
export function timeLeftWords(seconds: number, say: TimerWords) {
  if (seconds <= 0) return say("up");
  if (seconds >= 60) return say("minutes", { minutes: Math.ceil(seconds / 60) });
  return say("seconds", { seconds });
}
