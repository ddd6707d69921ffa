"use client";
import { lookClasses } from "@/components/tablet/look";
import { SpeakButton } from "@/components/tablet/speak-button";
import { showsWords, type KidLook } from "@/lib/families/kid-look";
import { mediaUrl } from "@/lib/media/rules";
import type { DayItem } from "@/lib/routines/day";

const VARIANTS = {
  // In a card of the day's grid: white on the card's yellow.
  grid: {
    row: "gap-2",
    button: "gap-3 rounded-2xl px-4",
    off: "bg-white text-ink-900 shadow",
    tick: "border-4 border-stone-400",
    photo: "size-12",
  },
  // On the Now/Next board: yellow on white, larger, a speaker always beside it.
  board: {
    row: "gap-3",
    button: "gap-4 rounded-3xl px-6",
    off: "bg-sun-100 shadow-md",
    tick: "border-4 border-stone-400 bg-white",
    photo: "size-14",
  },
} as const;

/**
 * One checklist item as a kid taps it: a big button with a tick, the item's photo if it has one
 * and its words for a reader (a pre-reader's button is named for screen readers only), and a
 * speaker. Tapping a checked item takes the check back (a wrong tap is mended the same way).
 */
export function ItemRow({
  item,
  checked,
  look,
  variant,
  onTap,
}: {
  item: DayItem;
  checked: boolean;
  look: KidLook;
  variant: keyof typeof VARIANTS;
  /** Checks the item, or takes a check back. */
  onTap: (itemId: string) => void;
}) {
  const words = showsWords(look);
  const size = lookClasses(look);
  const style = VARIANTS[variant];
  return (
    <div className={`flex items-center ${style.row}`}>
      <button
        type="button"
        aria-pressed={checked}
        aria-label={words ? undefined : item.label}
        onClick={() => onTap(item.id)}
        className={`flex flex-1 items-center text-start font-bold ${style.button} ${size.item} ${words ? "" : "justify-center"} ${checked ? "bg-leaf-700 text-white" : style.off}`}
      >
        <span
          className={`grid shrink-0 place-items-center rounded-full ${size.tick} ${checked ? "bg-white text-leaf-700" : style.tick}`}
          aria-hidden
        >
          {checked ? "✓" : ""}
        </span>
        {item.photoId && (
          // eslint-disable-next-line @next/next/no-img-element -- a small family photo
          <img
            src={mediaUrl(item.photoId)}
            alt=""
            className={`${style.photo} shrink-0 rounded-xl object-cover`}
          />
        )}
        {words && item.label}
      </button>
      {variant === "board" ? (
        <SpeakButton words={item.label} voiceId={item.voiceId} size="lg" tone="bg-sky-100" />
      ) : (
        // Every item can be heard, except for a fluent reader (WORDS) unless a parent recorded it.
        (look.readingLevel !== "WORDS" || item.voiceId) && (
          <SpeakButton words={item.label} voiceId={item.voiceId} />
        )
      )}
    </div>
  );
}
