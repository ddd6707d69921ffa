// How a kid's day looks and sounds on the tablet (issue 16): set by parents per kid, read by the
// tablet's pages, the parent's Family page and the API. Pure values, safe on the client.

export const READING_LEVELS = ["PICTURES", "PICTURES_AND_WORDS", "WORDS"] as const;
export const CARD_SIZES = ["NORMAL", "LARGE", "EXTRA_LARGE"] as const;
export const TIMER_SOUNDS = ["SOFT", "SILENT"] as const;

export type ReadingLevel = (typeof READING_LEVELS)[number];
export type CardSize = (typeof CARD_SIZES)[number];
export type TimerSound = (typeof TIMER_SOUNDS)[number];

export type KidLook = {
  readingLevel: ReadingLevel;
  cardSize: CardSize;
  /** The one-card view reads each new card aloud, after the kid's tap that showed it. */
  readSteps: boolean;
  timerSound: TimerSound;
};

/** A new kid's look, as the database defaults it (prisma/schema.prisma). */
export const DEFAULT_LOOK: KidLook = {
  readingLevel: "PICTURES_AND_WORDS",
  cardSize: "NORMAL",
  readSteps: false,
  timerSound: "SOFT",
};

/**
 * The choices parents see on the Family page, each with a picture. `key` names its words in
 * messages/<locale>/family.json (`look.readingLevels.<key>.label`, `.hint`; `look.cardSizes.<key>`;
 * `look.timerSounds.<key>`).
 */
export const READING_LEVEL_CHOICES: Record<
  ReadingLevel,
  { emoji: string; key: "pictures" | "picturesAndWords" | "words" }
> = {
  PICTURES: { emoji: "🖼️", key: "pictures" },
  PICTURES_AND_WORDS: { emoji: "🖼️🔤", key: "picturesAndWords" },
  WORDS: { emoji: "🔤", key: "words" },
};

export const CARD_SIZE_CHOICES: Record<CardSize, { key: "normal" | "large" | "extraLarge" }> = {
  NORMAL: { key: "normal" },
  LARGE: { key: "large" },
  EXTRA_LARGE: { key: "extraLarge" },
};

export const TIMER_SOUND_CHOICES: Record<TimerSound, { emoji: string; key: "soft" | "silent" }> = {
  SOFT: { emoji: "🔔", key: "soft" },
  SILENT: { emoji: "🔕", key: "silent" },
};

/** Are words shown on this kid's cards and items? (Screen readers get them either way.) */
export const showsWords = (look: Pick<KidLook, "readingLevel">) => look.readingLevel !== "PICTURES";
