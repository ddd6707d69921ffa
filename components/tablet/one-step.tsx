"use client";
import { useEffect, useState } from "react";
import type { DayRoutine } from "@/lib/routines/day";

type Props = {
  routine: DayRoutine;
  isChecked: (itemId: string) => boolean;
  onCheck: (itemId: string) => void;
  onClose: () => void;
};

/**
 * One card at a time, as large as the screen allows, with a countdown when the card has a timer
 * and one big button that checks what is left on the card and moves on.
 */
export function OneStep({ routine, isChecked, onCheck, onClose }: Props) {
  const firstOpen = routine.cards.findIndex((card) =>
    card.items.some((item) => !isChecked(item.id)),
  );
  const [index, setIndex] = useState(Math.max(0, firstOpen));
  const card = routine.cards[index];
  if (!card) return null;
  const last = index === routine.cards.length - 1;

  function doneAndNext() {
    for (const item of card!.items) if (!isChecked(item.id)) onCheck(item.id);
    if (last) onClose();
    else setIndex(index + 1);
  }

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={`${routine.name}, step ${index + 1} of ${routine.cards.length}`}
      className="fixed inset-0 z-40 flex flex-col gap-6 overflow-y-auto bg-sky-50 p-6"
    >
      <div className="flex items-center justify-between">
        <button
          type="button"
          onClick={onClose}
          aria-label="Show all cards"
          className="grid size-16 place-items-center rounded-2xl bg-white text-3xl shadow"
        >
          ✖️
        </button>
        <div className="flex gap-2" aria-hidden>
          {routine.cards.map((c, i) => (
            <span
              key={c.id}
              className={`size-4 rounded-full ${i === index ? "bg-sky-700" : i < index ? "bg-leaf-600" : "bg-white ring-2 ring-sky-300"}`}
            />
          ))}
        </div>
      </div>
      <div className="flex flex-1 flex-col items-center justify-center gap-6 text-center">
        <p className="text-[9rem] leading-none" aria-hidden>
          {card.pictureEmoji}
        </p>
        <h2 className="text-5xl font-extrabold">{card.title}</h2>
        {card.durationSeconds ? <Countdown key={card.id} seconds={card.durationSeconds} /> : null}
        <ul className="flex w-full max-w-xl flex-col gap-3">
          {card.items.map((item) => {
            const checked = isChecked(item.id);
            return (
              <li key={item.id}>
                <button
                  type="button"
                  aria-pressed={checked}
                  onClick={() => !checked && onCheck(item.id)}
                  className={`flex min-h-20 w-full items-center gap-4 rounded-3xl px-6 text-left text-2xl font-bold ${checked ? "bg-leaf-700 text-white" : "bg-white shadow-md"}`}
                >
                  <span
                    className={`grid size-12 shrink-0 place-items-center rounded-full text-3xl ${checked ? "bg-white text-leaf-700" : "border-4 border-stone-400"}`}
                    aria-hidden
                  >
                    {checked ? "✓" : ""}
                  </span>
                  {item.label}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <button
        type="button"
        onClick={doneAndNext}
        className="mx-auto flex min-h-24 w-full max-w-xl items-center justify-center gap-4 rounded-full bg-leaf-700 text-4xl font-extrabold text-white shadow-xl"
      >
        <span aria-hidden>✅</span>
        {last ? "Done" : "Next"}
        <span aria-hidden>{last ? "🎉" : "➡️"}</span>
      </button>
    </div>
  );
}

/** Big seconds left and a shrinking bar; at zero an alarm clock shows. */
function Countdown({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const endsAt = Date.now() + seconds * 1000;
    const timer = setInterval(
      () => setLeft(Math.max(0, Math.ceil((endsAt - Date.now()) / 1000))),
      250,
    );
    return () => clearInterval(timer);
  }, [seconds]);
  const minutes = Math.floor(left / 60);
  const label = `${minutes}:${String(left % 60).padStart(2, "0")}`;
  return (
    <div
      className="flex w-full max-w-xl flex-col items-center gap-2"
      role="timer"
      aria-label={`${left} seconds left`}
    >
      <p className="text-6xl font-extrabold tabular-nums">{left === 0 ? "⏰" : label}</p>
      <div className="h-6 w-full overflow-hidden rounded-full bg-white shadow-inner">
        <div
          className="h-full rounded-full bg-sky-600 transition-[width] duration-300"
          style={{ width: `${(left / seconds) * 100}%` }}
        />
      </div>
    </div>
  );
}
