"use client";
import { useTranslations } from "next-intl";
import { CardPicture } from "@/components/tablet/card-picture";
import { ItemRow } from "@/components/tablet/item-row";
import { lookClasses } from "@/components/tablet/look";
import { Progress } from "@/components/tablet/progress";
import { SpeakButton } from "@/components/tablet/speak-button";
import { showsWords, type KidLook } from "@/lib/families/kid-look";
import type { DayRoutine } from "@/lib/routines/day";
import { cardWords } from "@/lib/tablet/read-aloud";

/**
 * One routine of the kid's day: its picture cards with their items to tick, a speaker on each,
 * and the button that opens the Now/Next board. For a kid who reads pictures only, no words show
 * (each button keeps its name for screen readers, and the speakers say it).
 */
export function RoutineSection({
  routine,
  look,
  isChecked,
  onTap,
  onOpenBoard,
}: {
  routine: DayRoutine;
  look: KidLook;
  isChecked: (itemId: string) => boolean;
  onTap: (itemId: string) => void;
  onOpenBoard: () => void;
}) {
  const t = useTranslations("tablet");
  const words = showsWords(look);
  const size = lookClasses(look);
  const items = routine.cards.flatMap((c) => c.items);
  const done = items.filter((i) => isChecked(i.id)).length;
  return (
    <section
      aria-label={routine.name}
      className="flex flex-col gap-4 rounded-3xl bg-white p-4 shadow-lg sm:p-6"
    >
      <div className="flex items-center gap-3">
        <span className="text-4xl sm:text-5xl" aria-hidden>
          {routine.icon}
        </span>
        <h2 className={words ? "min-w-0 flex-1 text-2xl font-extrabold sm:text-3xl" : "sr-only"}>
          {routine.name}
        </h2>
        {!words && <span className="flex-1" />}
        <SpeakButton words={routine.name} size="lg" tone="bg-sky-100" />
        <button
          type="button"
          onClick={onOpenBoard}
          aria-label={t("oneCardAtATime", { routine: routine.name })}
          className="grid size-12 shrink-0 place-items-center rounded-2xl bg-sky-100 text-2xl shadow sm:size-16 sm:text-3xl"
        >
          ▶️
        </button>
      </div>
      {routine.pool && (
        // A pool chore (issue 21): free to take until a kid starts it, then that kid's alone.
        <p
          className={`flex items-center gap-2 self-start rounded-full px-4 py-1 font-bold ${routine.pool === "free" && done === 0 ? "bg-violet-100 text-violet-900" : "bg-green-100 text-green-900"}`}
        >
          <span aria-hidden className="text-2xl">
            🙋
          </span>
          <span className={words ? "" : "sr-only"}>
            {routine.pool === "free" && done === 0 ? t("poolFree") : t("poolMine")}
          </span>
        </p>
      )}
      <Progress done={done} total={items.length} label={routine.name} />
      <ol className={`grid gap-4 ${size.grid}`}>
        {routine.cards.map((card) => {
          const cardDone = card.items.every((i) => isChecked(i.id));
          return (
            <li
              key={card.id}
              className={`relative flex flex-col gap-3 rounded-3xl p-4 ${cardDone ? "bg-green-100 ring-4 ring-leaf-600" : "bg-sun-100"}`}
            >
              <div className="absolute end-3 top-3">
                <SpeakButton words={cardWords(card)} name={card.title} voiceId={card.voiceId} />
              </div>
              <CardPicture
                photoId={card.photoId}
                emoji={card.pictureEmoji}
                className={size.picture}
                photoClassName={size.photo}
              />
              <h3 className={words ? `px-12 text-center font-bold ${size.title}` : "sr-only"}>
                {card.title}
              </h3>
              {card.items.map((item) => (
                <ItemRow
                  key={item.id}
                  item={item}
                  checked={isChecked(item.id)}
                  look={look}
                  variant="grid"
                  onTap={onTap}
                />
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
