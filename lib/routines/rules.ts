// Pure routine rules: schedules, what kids may see, reordering, versions and their differences.
import { formatDay } from "@/lib/time/format";
import { addDays, isoWeekday, type LocalDate } from "@/lib/time/rules";

/** Media a card or item may carry (issue 16): a photo instead of the emoji, a parent's voice. */
type MediaRefs = { photoId?: string | null; voiceId?: string | null };
export type ItemContent = { lineageId?: string; label: string } & MediaRefs;
export type CardContent = {
  lineageId?: string;
  title: string;
  pictureEmoji: string;
  durationSeconds: number | null;
  items: ItemContent[];
} & MediaRefs;

const media = (entry: MediaRefs) => [entry.photoId ?? null, entry.voiceId ?? null];

const names = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * The order routines are listed in everywhere: by start time, then by name as people count
 * ("Routine 2" before "Routine 10", "bath" beside "Bath"). SQL's byte order cannot do that.
 */
export function routineOrder(
  a: { startMinute: number; name: string; id: string },
  b: { startMinute: number; name: string; id: string },
): number {
  return a.startMinute - b.startMinute || names.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
}

/** Runs on this local date? Weekdays are ISO (1 = Monday); the date is already the family's. */
export function isScheduledOn(weekdays: readonly number[], date: LocalDate): boolean {
  return weekdays.includes(isoWeekday(date));
}

/** A routine shows up for kids only once it has a card with something to check. */
export function isReadyForKids(cards: readonly CardContent[]): boolean {
  return cards.some((card) => card.items.length > 0);
}

/**
 * How a save treats the content. While no kid has checked anything of the current version, it is
 * edited in place; once any check exists, the change becomes version N+1 so that past checks keep
 * pointing at what the kid actually saw.
 */
export function saveMode(currentVersionHasChecks: boolean): "in-place" | "new-version" {
  return currentVersionHasChecks ? "new-version" : "in-place";
}

/** Moves one entry; positions are then the indexes. The input is not changed. */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length)
    return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/** Same cards, items, pictures, durations and order? (Lineage ids do not count as content.) */
export function sameContent(a: readonly CardContent[], b: readonly CardContent[]): boolean {
  const strip = (cards: readonly CardContent[]) =>
    cards.map((c) => [
      c.title,
      c.pictureEmoji,
      c.durationSeconds,
      media(c),
      c.items.map((i) => [i.label, media(i)]),
    ]);
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export type VersionChange =
  | { kind: "card-added" | "card-removed"; card: string }
  | { kind: "card-renamed"; from: string; to: string }
  | { kind: "card-moved"; card: string; from: number; to: number }
  | { kind: "card-picture" | "card-duration" | "card-voice"; card: string }
  | { kind: "item-picture" | "item-voice"; card: string; item: string }
  | { kind: "item-added" | "item-removed"; card: string; item: string }
  | { kind: "item-renamed"; card: string; from: string; to: string }
  | { kind: "item-moved"; card: string; item: string; from: number; to: number };

/** Positions (1-based) of the entries both lists share, in each list's order. */
function sharedOrder<T extends { lineageId?: string }>(before: readonly T[], after: readonly T[]) {
  const afterIds = new Set(after.map((e) => e.lineageId));
  const beforeIds = new Set(before.map((e) => e.lineageId));
  const keptBefore = before.filter((e) => afterIds.has(e.lineageId)).map((e) => e.lineageId);
  const keptAfter = after.filter((e) => beforeIds.has(e.lineageId)).map((e) => e.lineageId);
  return { keptBefore, keptAfter };
}

/**
 * What changed from one version to the next, matched by lineage (a card renamed is the same card).
 * "Moved" compares the order of the entries both versions have, so adding a card at the top does
 * not report every other card as moved.
 */
export function diffVersions(
  before: readonly CardContent[],
  after: readonly CardContent[],
): VersionChange[] {
  const changes: VersionChange[] = [];
  const beforeById = new Map(before.map((c) => [c.lineageId, c]));
  const afterIds = new Set(after.map((c) => c.lineageId));
  const { keptBefore, keptAfter } = sharedOrder(before, after);

  for (const card of after) {
    const old = card.lineageId ? beforeById.get(card.lineageId) : undefined;
    if (!old) {
      changes.push({ kind: "card-added", card: card.title });
      continue;
    }
    if (old.title !== card.title)
      changes.push({ kind: "card-renamed", from: old.title, to: card.title });
    if (old.pictureEmoji !== card.pictureEmoji || (old.photoId ?? null) !== (card.photoId ?? null))
      changes.push({ kind: "card-picture", card: card.title });
    if ((old.voiceId ?? null) !== (card.voiceId ?? null))
      changes.push({ kind: "card-voice", card: card.title });
    if (old.durationSeconds !== card.durationSeconds)
      changes.push({ kind: "card-duration", card: card.title });
    const from = keptBefore.indexOf(card.lineageId);
    const to = keptAfter.indexOf(card.lineageId);
    if (from !== to)
      changes.push({ kind: "card-moved", card: card.title, from: from + 1, to: to + 1 });

    const oldItems = new Map(old.items.map((i) => [i.lineageId, i]));
    const newItemIds = new Set(card.items.map((i) => i.lineageId));
    const items = sharedOrder(old.items, card.items);
    for (const item of card.items) {
      const previous = item.lineageId ? oldItems.get(item.lineageId) : undefined;
      if (!previous) {
        changes.push({ kind: "item-added", card: card.title, item: item.label });
        continue;
      }
      if (previous.label !== item.label) {
        changes.push({
          kind: "item-renamed",
          card: card.title,
          from: previous.label,
          to: item.label,
        });
      }
      if ((previous.photoId ?? null) !== (item.photoId ?? null))
        changes.push({ kind: "item-picture", card: card.title, item: item.label });
      if ((previous.voiceId ?? null) !== (item.voiceId ?? null))
        changes.push({ kind: "item-voice", card: card.title, item: item.label });
      const a = items.keptBefore.indexOf(item.lineageId);
      const b = items.keptAfter.indexOf(item.lineageId);
      if (a !== b)
        changes.push({
          kind: "item-moved",
          card: card.title,
          item: item.label,
          from: a + 1,
          to: b + 1,
        });
    }
    for (const item of old.items) {
      if (!newItemIds.has(item.lineageId))
        changes.push({ kind: "item-removed", card: card.title, item: item.label });
    }
  }
  for (const card of before) {
    if (!afterIds.has(card.lineageId)) changes.push({ kind: "card-removed", card: card.title });
  }
  return changes;
}

/** The message key of each kind of change: `history.changes.<key>` in the "routines" messages. */
const CHANGE_KEYS = {
  "card-added": "cardAdded",
  "card-removed": "cardRemoved",
  "card-renamed": "cardRenamed",
  "card-moved": "cardMoved",
  "card-picture": "cardPicture",
  "card-duration": "cardDuration",
  "card-voice": "cardVoice",
  "item-picture": "itemPicture",
  "item-voice": "itemVoice",
  "item-added": "itemAdded",
  "item-removed": "itemRemoved",
  "item-renamed": "itemRenamed",
  "item-moved": "itemMoved",
} as const satisfies Record<VersionChange["kind"], string>;

export type ChangeKey = (typeof CHANGE_KEYS)[VersionChange["kind"]];

/**
 * A change as a message, in no language: its key (`history.changes.<key>`) and values (card and
 * item names as parents wrote them, positions). Pages say it with the "routines" messages.
 */
export function changeMessage(change: VersionChange): {
  key: ChangeKey;
  values: Record<string, string | number>;
} {
  const { kind, ...values } = change;
  return { key: CHANGE_KEYS[kind], values };
}

/**
 * A sentence for the version history, in English: what the JSON API answers (it stays English).
 * The same words as messages/en/routines.json's `history.changes` (rules.test.ts holds them equal).
 */
export function describeChange(change: VersionChange): string {
  switch (change.kind) {
    case "card-added":
      return `Added card “${change.card}”`;
    case "card-removed":
      return `Removed card “${change.card}”`;
    case "card-renamed":
      return `Renamed card “${change.from}” to “${change.to}”`;
    case "card-moved":
      return `Moved card “${change.card}” from position ${change.from} to ${change.to}`;
    case "card-picture":
      return `Changed the picture of “${change.card}”`;
    case "card-duration":
      return `Changed the timer of “${change.card}”`;
    case "card-voice":
      return `Changed the recorded voice of “${change.card}”`;
    case "item-picture":
      return `Changed the picture of “${change.item}” in “${change.card}”`;
    case "item-voice":
      return `Changed the recorded voice of “${change.item}” in “${change.card}”`;
    case "item-added":
      return `Added “${change.item}” to “${change.card}”`;
    case "item-removed":
      return `Removed “${change.item}” from “${change.card}”`;
    case "item-renamed":
      return `Renamed “${change.from}” to “${change.to}” in “${change.card}”`;
    case "item-moved":
      return `Moved “${change.item}” in “${change.card}” from position ${change.from} to ${change.to}`;
  }
}

/** "07:30" → 450; null when it is not a time of day. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** English weekday names, Monday first. In the UI, use weekdayNames(locale). */
export const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

// Intl formatters are costly to make: one per locale and width, kept.
const weekdayLists = new Map<string, string[]>();

/** The days of the week in a language, Monday first (ISO order): "Mon" … "Sun", "Mo" … "So". */
export function weekdayNames(locale = "en", width: "short" | "long" = "short"): string[] {
  const id = `${locale}|${width}`;
  let names = weekdayLists.get(id);
  if (!names) {
    // 2024-01-01 was a Monday; lib/time/format.ts knows every language (and the tests' pseudo one).
    const style = width === "short" ? "weekday" : "weekdayLong";
    names = Array.from({ length: 7 }, (_, i) => formatDay(addDays("2024-01-01", i), style, locale));
    weekdayLists.set(id, names);
  }
  return names;
}

/** The schedules said in words rather than as days: `weekdays.<key>` in the "routines" messages. */
export type WeekdaysKey = "everyDay" | "monToFri" | "weekends";

/** A schedule in no language: one of the named schedules, or its days (ISO, sorted, once each). */
export function summarizeWeekdays(
  weekdays: readonly number[],
): { key: WeekdaysKey } | { key: "days"; days: number[] } {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  if (days.length === 7) return { key: "everyDay" };
  if (days.join() === "1,2,3,4,5") return { key: "monToFri" };
  if (days.join() === "6,7") return { key: "weekends" };
  return { key: "days", days };
}

const ENGLISH_SCHEDULES: Record<WeekdaysKey, string> = {
  everyDay: "Every day",
  monToFri: "Mon–Fri",
  weekends: "Weekends",
};

/**
 * "Mon–Fri", "Every day", "Mon, Wed": a schedule briefly. The named schedules come from `say`
 * (a page passes its messages, `weekdays.<key>` of "routines"), the days from Intl in `locale`.
 * English without them.
 */
export function describeWeekdays(
  weekdays: readonly number[],
  words: { locale: string; say: (key: WeekdaysKey) => string } = {
    locale: "en",
    say: (key) => ENGLISH_SCHEDULES[key],
  },
): string {
  const summary = summarizeWeekdays(weekdays);
  if (summary.key !== "days") return words.say(summary.key);
  const names = weekdayNames(words.locale);
  return new Intl.ListFormat(words.locale, { type: "unit", style: "short" }).format(
    summary.days.map((d) => names[d - 1] ?? String(d)),
  );
}
