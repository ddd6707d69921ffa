"use client";
import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { unlockKidAction } from "@/lib/tablet/actions";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** Big number buttons with dots for the typed digits: usable by a kid who cannot read yet. */
export function PinPad({ kidId, lockedMinutes }: { kidId: string; lockedMinutes: number | null }) {
  const [state, action, pending] = useActionState(unlockKidAction, null);
  const [pin, setPin] = useState("");
  const lockedFor = Number((state && !state.ok && state.data?.lockedMinutes) || lockedMinutes || 0);
  const wrong = state && !state.ok && state.message === "wrong";

  if (lockedFor > 0) {
    return (
      <div role="status" className="flex flex-col items-center gap-4 text-center">
        <p className="text-7xl" aria-hidden>
          ⏳😴
        </p>
        <p className="text-2xl font-bold">Let’s take a little break.</p>
        <p className="text-lg">Try again in {lockedFor} minutes, or ask a grown-up.</p>
        <Link
          href="/tablet"
          className="rounded-full bg-white px-6 py-3 text-xl font-bold shadow"
          aria-label="Back to all faces"
        >
          ⬅️ 👨‍👩‍👧
        </Link>
      </div>
    );
  }

  const press = (digit: string) => {
    const next = (pin + digit).slice(0, 4);
    setPin(next);
    if (next.length === 4) {
      const form = new FormData();
      form.set("kidId", kidId);
      form.set("pin", next);
      setPin("");
      // Dispatched inside a transition so `pending` tracks the request (and the pad re-enables).
      startTransition(() => action(form));
    }
  };

  return (
    <div className="flex flex-col items-center gap-6">
      <div className="flex gap-4" role="status" aria-label={`${pin.length} of 4 numbers`}>
        {[0, 1, 2, 3].map((i) => (
          <span
            key={i}
            className={`size-6 rounded-full ${i < pin.length ? "bg-sky-700" : "bg-white ring-2 ring-sky-300"}`}
          />
        ))}
      </div>
      {wrong && (
        <p role="alert" className="text-2xl font-bold text-red-800">
          <span aria-hidden>🙈 </span>Try again
        </p>
      )}
      <div className="grid grid-cols-3 gap-4">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            disabled={pending}
            onClick={() => press(key)}
            className="size-20 rounded-2xl bg-white text-4xl font-extrabold shadow-md active:bg-sky-100 sm:size-24"
          >
            {key}
          </button>
        ))}
        <button
          type="button"
          onClick={() => setPin(pin.slice(0, -1))}
          aria-label="Delete"
          className="size-20 rounded-2xl bg-white text-3xl shadow-md sm:size-24"
        >
          ⌫
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => press("0")}
          className="size-20 rounded-2xl bg-white text-4xl font-extrabold shadow-md active:bg-sky-100 sm:size-24"
        >
          0
        </button>
        <Link
          href="/tablet"
          aria-label="Back to all faces"
          className="grid size-20 place-items-center rounded-2xl bg-white text-3xl shadow-md sm:size-24"
        >
          ⬅️
        </Link>
      </div>
    </div>
  );
}
