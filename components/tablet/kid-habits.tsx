"use client";
import { useState, useTransition } from "react";
import { logHabitOnTabletAction } from "@/lib/tablet/actions";

type Habit = { id: string; name: string; icon: string; logId: string | null };

/** Today's habits as big picture buttons: one tap logs it (shown at once, stored once). */
export function KidHabits({
  kidId,
  habits,
  onStars,
}: {
  kidId: string;
  habits: Habit[];
  /** A log earned stars: the new count. */
  onStars: (stars: number) => void;
}) {
  const [done, setDone] = useState(() => new Set(habits.filter((h) => h.logId).map((h) => h.id)));
  const [failed, setFailed] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  if (habits.length === 0) return null;

  function log(habitId: string) {
    setFailed(null);
    setDone((current) => new Set(current).add(habitId));
    const form = new FormData();
    form.set("kidId", kidId);
    form.set("habitId", habitId);
    form.set("clientEventId", crypto.randomUUID());
    startTransition(async () => {
      const result = await logHabitOnTabletAction(null, form).catch(() => null);
      if (result?.ok) {
        if (result.data?.balance !== undefined) onStars(Number(result.data.balance));
        return;
      }
      setDone((current) => {
        const next = new Set(current);
        next.delete(habitId);
        return next;
      });
      setFailed(habitId);
    });
  }

  return (
    <section
      aria-label="Habits"
      className="flex flex-col gap-4 rounded-3xl bg-white p-4 shadow-lg sm:p-6"
    >
      <h2 className="text-3xl font-extrabold">
        <span aria-hidden>🔥 </span>Habits
      </h2>
      {failed && (
        <p role="alert" className="rounded-2xl bg-red-100 p-3 text-xl font-bold text-red-900">
          <span aria-hidden>😕 </span>That did not save. Tap it again.
        </p>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {habits.map((habit) => {
          const logged = done.has(habit.id);
          return (
            <li key={habit.id}>
              <button
                type="button"
                aria-pressed={logged}
                onClick={() => !logged && log(habit.id)}
                className={`flex min-h-20 w-full items-center gap-4 rounded-3xl px-5 text-left text-2xl font-bold ${logged ? "bg-leaf-700 text-white" : "bg-sun-100"}`}
              >
                <span className="text-4xl" aria-hidden>
                  {habit.icon}
                </span>
                <span className="flex-1">{habit.name}</span>
                <span
                  className={`grid size-10 shrink-0 place-items-center rounded-full text-2xl ${logged ? "bg-white text-leaf-700" : "border-4 border-stone-400 bg-white"}`}
                  aria-hidden
                >
                  {logged ? "✓" : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
