// The editor's working copy of a routine, and its conversion to the draft the server validates.
import type { CardContent } from "@/lib/routines/rules";

/** A photo and a recorded voice, uploaded as soon as they are picked (components/media). */
type EditorMedia = { photoId?: string | null; voiceId?: string | null };
export type EditorItem = { key: string; lineageId?: string; label: string } & EditorMedia;
export type EditorCard = {
  key: string;
  lineageId?: string;
  title: string;
  pictureEmoji: string;
  /** Kept as typed; an empty field means "no timer". */
  duration: string;
  items: EditorItem[];
} & EditorMedia;
export type EditorRoutine = {
  name: string;
  icon: string;
  weekdays: number[];
  start: string;
  end: string;
  kidIds: string[];
  cards: EditorCard[];
  /** Kept as typed, like durations. */
  points: string;
  /** Parents hear when it is not finished by the end of its window. */
  remindAtEnd: boolean;
  /** "": every kid does it; DAY or WEEK: they take turns; POOL: the first to take it does it. */
  turns: "" | "DAY" | "WEEK" | "POOL";
  /** The Now/Next board's last card; an empty label means none. */
  thenEmoji: string;
  thenLabel: string;
};

let counter = 0;
/** Client-only keys for React and drag-and-drop; never sent to the server. */
export const newKey = () => `k${Date.now().toString(36)}${(counter++).toString(36)}`;

export function toEditorCards(cards: CardContent[]): EditorCard[] {
  return cards.map((card) => ({
    key: newKey(),
    lineageId: card.lineageId,
    title: card.title,
    pictureEmoji: card.pictureEmoji,
    duration: card.durationSeconds === null ? "" : String(card.durationSeconds),
    photoId: card.photoId ?? null,
    voiceId: card.voiceId ?? null,
    items: card.items.map((item) => ({
      key: newKey(),
      lineageId: item.lineageId,
      label: item.label,
      photoId: item.photoId ?? null,
      voiceId: item.voiceId ?? null,
    })),
  }));
}

export const emptyCard = (): EditorCard => ({
  key: newKey(),
  title: "",
  pictureEmoji: "⭐",
  duration: "",
  items: [{ key: newKey(), label: "" }],
});

/** What the form posts as `draft`: the server's schema decides what is valid. */
export function toDraftJson(routine: EditorRoutine): string {
  return JSON.stringify({
    name: routine.name,
    icon: routine.icon,
    weekdays: routine.weekdays,
    start: routine.start,
    end: routine.end,
    kidIds: routine.kidIds,
    points: /^\d+$/.test(routine.points.trim()) ? Number(routine.points) : routine.points,
    remindAtEnd: routine.remindAtEnd,
    // Taking turns and a pool need two kids; with fewer, every kid (the one) does it.
    turns: routine.kidIds.length > 1 && routine.turns !== "POOL" ? routine.turns || null : null,
    pool: routine.kidIds.length > 1 && routine.turns === "POOL",
    then: routine.thenLabel.trim() ? { emoji: routine.thenEmoji, label: routine.thenLabel } : null,
    cards: routine.cards.map((card) => ({
      ...(card.lineageId ? { lineageId: card.lineageId } : {}),
      title: card.title,
      pictureEmoji: card.pictureEmoji,
      durationSeconds: card.duration.trim() === "" ? null : Number(card.duration),
      photoId: card.photoId ?? null,
      voiceId: card.voiceId ?? null,
      items: card.items.map((item) => ({
        ...(item.lineageId ? { lineageId: item.lineageId } : {}),
        label: item.label,
        photoId: item.photoId ?? null,
        voiceId: item.voiceId ?? null,
      })),
    })),
  });
}
