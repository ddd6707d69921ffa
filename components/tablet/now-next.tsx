"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { CardPicture } from "@/components/tablet/card-picture";
import { ItemRow } from "@/components/tablet/item-row";
import { SpeakButton } from "@/components/tablet/speak-button";
import { hush, sayAloud } from "@/components/tablet/speech";
import { TimerDisc } from "@/components/tablet/timer-disc";
import { showsWords, type KidLook } from "@/lib/families/kid-look";
import type { DayCard, DayRoutine } from "@/lib/routines/day";
import { cardWords } from "@/lib/tablet/read-aloud";

type Props = {
  routine: DayRoutine;
  look: KidLook;
  isChecked: (itemId: string) => boolean;
  /** Checks an item (the big button checks what is left on the card). */
  onCheck: (itemId: string) => void;
  /** A tap on an item: checks it, or takes its check back. */
  onTap: (itemId: string) => void;
  onClose: () => void;
};

/**
 * The Now / Next board: the card to do now, as large as the screen allows, and the one after it,
 * small; finishing slides Next into Now. A routine with a "then" card ends on it ("then: 20
 * minutes of Lego"). Built for children who cannot read: pictures first, a speaker on every
 * card and item, a shrinking disc for a timer, and each new card read aloud if the parents chose
 * it (only ever after the kid's own tap: opening the board or finishing a card).
 */
export function NowNext({ routine, look, isChecked, onCheck, onTap, onClose }: Props) {
  const t = useTranslations("tablet.board");
  const { cards, then } = routine;
  const firstOpen = cards.findIndex((card) => card.items.some((item) => !isChecked(item.id)));
  const [index, setIndex] = useState(firstOpen === -1 ? (then ? cards.length : 0) : firstOpen);
  const card = cards[index];
  const next = cards[index + 1];
  const last = index === cards.length - 1;

  const words = card
    ? cardWords(card)
    : then
      ? `${t("thenWhat", { label: then.label })}.`
      : routine.name;
  // Keyed by the step and its words (a string), not the card object: a refresh of the day after
  // a check makes new objects, and must not say the card again.
  const voiceId = card?.voiceId ?? null;
  useEffect(() => {
    if (look.readSteps) void sayAloud(words, voiceId);
  }, [index, words, voiceId, look.readSteps]);
  useEffect(() => hush, []);

  function doneAndNext() {
    for (const item of card!.items) if (!isChecked(item.id)) onCheck(item.id);
    if (!last) setIndex(index + 1);
    else if (then) setIndex(cards.length);
    else onClose();
  }

  const label = card
    ? t("step", { routine: routine.name, step: index + 1, count: cards.length })
    : t("then", { routine: routine.name });
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={label}
      className="fixed inset-0 z-40 flex flex-col gap-4 bg-sky-50 p-4 sm:p-6"
    >
      <div className="flex items-center justify-between gap-4">
        <button
          type="button"
          onClick={onClose}
          aria-label={t("showAll")}
          className="grid size-16 place-items-center rounded-2xl bg-white text-3xl shadow"
        >
          ✖️
        </button>
        <div className="flex flex-wrap justify-center gap-2" aria-hidden>
          {cards.map((c, i) => (
            <span
              key={c.id}
              className={`size-4 rounded-full ${i === index ? "bg-sky-700" : i < index ? "bg-leaf-600" : "bg-white ring-2 ring-sky-300"}`}
            />
          ))}
          {then && (
            <span className={`-mt-1 text-xl ${card ? "opacity-40" : ""}`}>{then.emoji}</span>
          )}
        </div>
        <SpeakButton
          size="lg"
          words={words}
          voiceId={voiceId}
          name={card ? card.title : then ? t("thenWhat", { label: then.label }) : routine.name}
        />
      </div>

      {card ? (
        // Only the cards scroll (on a short screen): the big button below always stays in view.
        <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto md:flex-row md:items-stretch">
          <NowCard key={card.id} card={card} look={look} isChecked={isChecked} onTap={onTap} />
          {(next || then) && <NextCard next={next} then={then} look={look} />}
        </div>
      ) : (
        then && <ThenCard then={then} look={look} />
      )}

      {card ? (
        <button
          type="button"
          onClick={doneAndNext}
          className="mx-auto flex min-h-24 w-full max-w-xl shrink-0 items-center justify-center gap-4 rounded-full bg-leaf-700 text-4xl font-extrabold text-white shadow-xl"
        >
          <span aria-hidden>✅</span>
          {last && !then ? t("done") : t("next")}
          {/* The arrow points the way reading goes: left in Arabic. */}
          <span aria-hidden className="rtl:-scale-x-100">
            {last && !then ? "🎉" : "➡️"}
          </span>
        </button>
      ) : (
        <button
          type="button"
          onClick={onClose}
          aria-label={t("doneBack")}
          className="mx-auto flex min-h-24 w-full max-w-xl shrink-0 items-center justify-center rounded-full bg-leaf-700 text-5xl shadow-xl"
        >
          <span aria-hidden>👍</span>
        </button>
      )}
    </div>
  );
}

function NowCard({
  card,
  look,
  isChecked,
  onTap,
}: {
  card: DayCard;
  look: KidLook;
  isChecked: (itemId: string) => boolean;
  onTap: (itemId: string) => void;
}) {
  const t = useTranslations("tablet.board");
  const words = showsWords(look);
  return (
    <section
      aria-label={t("now", { title: card.title })}
      className="flex flex-[2] flex-col items-center justify-center gap-4 rounded-3xl bg-white p-4 text-center shadow-lg motion-safe:animate-slide-in sm:p-6"
    >
      <CardPicture
        photoId={card.photoId}
        emoji={card.pictureEmoji}
        className="text-[7rem] sm:text-[10rem] [@media(max-height:900px)]:text-[6rem]"
        photoClassName="w-44 sm:w-64 [@media(max-height:900px)]:w-36"
      />
      <h2 className={words ? "text-5xl font-extrabold" : "sr-only"}>{card.title}</h2>
      {card.durationSeconds ? (
        <TimerDisc
          key={card.id}
          seconds={card.durationSeconds}
          sound={look.timerSound}
          showDigits={words}
        />
      ) : null}
      <ul className="flex w-full max-w-xl flex-col gap-3">
        {card.items.map((item) => (
          <li key={item.id}>
            <ItemRow
              item={item}
              checked={isChecked(item.id)}
              look={look}
              variant="board"
              onTap={onTap}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The card after this one (or the routine's "then" card), small, to look forward to. */
function NextCard({
  next,
  then,
  look,
}: {
  next: DayCard | undefined;
  then: { emoji: string; label: string } | null;
  look: KidLook;
}) {
  const t = useTranslations("tablet.board");
  const words = showsWords(look);
  const what = next
    ? { emoji: next.pictureEmoji, label: next.title, photoId: next.photoId }
    : { ...then!, photoId: null };
  const heading = next ? t("next") : t("thenHeading");
  return (
    <aside
      aria-label={
        next ? t("nextWhat", { label: what.label }) : t("thenWhat", { label: what.label })
      }
      className="flex flex-1 flex-row items-center justify-center gap-4 self-center rounded-3xl border-4 border-dashed border-sky-300 bg-white/70 p-4 text-center md:flex-col md:self-stretch"
    >
      <p className={words ? "text-2xl font-bold text-sky-900" : "text-4xl"} aria-hidden>
        {words ? heading : <span className="inline-block rtl:-scale-x-100">➡️</span>}
      </p>
      <CardPicture
        photoId={what.photoId}
        emoji={what.emoji}
        className="text-7xl"
        photoClassName="w-28"
      />
      {words && <p className="text-2xl font-bold">{what.label}</p>}
    </aside>
  );
}

/** The end of the routine: what comes after, big, with confetti. */
function ThenCard({ then, look }: { then: { emoji: string; label: string }; look: KidLook }) {
  const t = useTranslations("tablet.board");
  const words = showsWords(look);
  return (
    <section
      aria-label={t("thenWhat", { label: then.label })}
      className="flex flex-1 flex-col items-center justify-center gap-6 rounded-3xl bg-white p-6 text-center shadow-lg motion-safe:animate-slide-in"
    >
      <p className="text-[10rem] leading-none" aria-hidden>
        {then.emoji}
      </p>
      <h2 className={words ? "text-5xl font-extrabold" : "sr-only"}>
        {words && (
          <span className="block text-3xl font-bold text-sky-900" aria-hidden>
            {t("thenHeading")}
          </span>
        )}
        {then.label}
      </h2>
      <p className="text-6xl" aria-hidden>
        🎉
      </p>
    </section>
  );
}
