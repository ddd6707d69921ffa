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

/** What parents read when they choose (the Family page), with a picture of each choice. */
export const READING_LEVEL_CHOICES: Record<
  ReadingLevel,
  { emoji: string; label: string; hint: string }
> = {
  PICTURES: {
    emoji: "🖼️",
    label: "Pictures only",
    hint: "No words on cards. A speaker button reads each one aloud.",
  },
  PICTURES_AND_WORDS: { emoji: "🖼️🔤", label: "Pictures and words", hint: "For early readers." },
  WORDS: { emoji: "🔤", label: "Words", hint: "Smaller pictures, more on a screen." },
};

export const CARD_SIZE_CHOICES: Record<CardSize, { label: string }> = {
  NORMAL: { label: "Normal" },
  LARGE: { label: "Large" },
  EXTRA_LARGE: { label: "Extra large" },
};

export const TIMER_SOUND_CHOICES: Record<TimerSound, { emoji: string; label: string }> = {
  SOFT: { emoji: "🔔", label: "A soft chime" },
  SILENT: { emoji: "🔕", label: "Silent" },
};

/** Are words shown on this kid's cards and items? (Screen readers get them either way.) */
export const showsWords = (look: Pick<KidLook, "readingLevel">) => look.readingLevel !== "PICTURES";
