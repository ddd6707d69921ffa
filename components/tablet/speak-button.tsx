"use client";
import { useTranslations } from "next-intl";
import { sayAloud } from "@/components/tablet/speech";

// "lg" is a little smaller on a phone, where a card title needs the room.
const SIZES = { md: "size-12 text-2xl", lg: "size-12 text-2xl sm:size-16 sm:text-3xl" } as const;

/**
 * A speaker a kid taps to hear `words`: on every card, item, habit and reward of the tablet, so
 * a child who cannot read can follow the day. Its accessible name says what it reads.
 */
export function SpeakButton({
  words,
  voiceId,
  name = words,
  size = "md",
  tone = "bg-white",
}: {
  words: string;
  /** A parent's recorded voice, played instead of the browser's speech. */
  voiceId?: string | null;
  /** What the button is called, when shorter than what it says: a card's title. */
  name?: string;
  size?: keyof typeof SIZES;
  tone?: string;
}) {
  const t = useTranslations("tablet");
  return (
    <button
      type="button"
      onClick={(event) => {
        // Inside a bigger button or card: hearing an item must not check it.
        event.stopPropagation();
        void sayAloud(words, voiceId);
      }}
      aria-label={t("readAloud", { name })}
      className={`grid shrink-0 place-items-center rounded-2xl shadow ${tone} ${SIZES[size]}`}
    >
      <span aria-hidden>🔊</span>
    </button>
  );
}
