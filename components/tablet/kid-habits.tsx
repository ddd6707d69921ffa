"use client";
import { useTranslations } from "next-intl";
import { MeasuredHabit } from "@/components/tablet/measured-habit";
import { HabitPicture } from "@/components/tablet/habit-picture";
import { SpeakButton } from "@/components/tablet/speak-button";
import type { HabitUnit } from "@/lib/habits/measure";
import { showsWords, type KidLook } from "@/lib/families/kid-look";

type Habit = {
  id: string;
  name: string;
  icon: string;
  photoId?: string | null;
  logId: string | null;
  cadence: "DAILY" | "WEEKLY";
  /** A measured habit (issue 21): its unit and goal. */
  unit: HabitUnit | null;
  target: number | null;
};

/**
 * Today's habits as big picture buttons: one tap logs it, shown at once; the log goes through the
 * tablet's queue like a check (components/tablet/sync), so it is stored once, online or not.
 * Each has a speaker; a kid who reads pictures only sees no words. A measured habit is a card of
 * its own, with its goal and the buttons that add to it.
 */
export function KidHabits({
  kidId,
  habits,
  look,
  logged,
  onLog,
  amount,
  onAdd,
}: {
  kidId: string;
  habits: Habit[];
  look: KidLook;
  /** Habits logged today: by the server, or by a tap still on its way. */
  logged: (habitId: string) => boolean;
  onLog: (habitId: string) => void;
  /** A measured habit's amount toward its goal (today's, or this week's), taps included. */
  amount: (habitId: string) => number;
  onAdd: (habitId: string, amount: number) => void;
}) {
  const t = useTranslations("tablet");
  if (habits.length === 0) return null;
  const words = showsWords(look);

  return (
    <section
      aria-label={t("habits")}
      className="flex flex-col gap-4 rounded-3xl bg-white p-4 shadow-lg sm:p-6"
    >
      <h2 className={words ? "text-3xl font-extrabold" : "sr-only"}>
        <span aria-hidden>🔥 </span>
        {t("habits")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {habits.map((habit) => {
          if (habit.unit && habit.target)
            return (
              <MeasuredHabit
                key={habit.id}
                kidId={kidId}
                habit={{ ...habit, unit: habit.unit, target: habit.target }}
                done={amount(habit.id)}
                words={words}
                onAdd={(n) => onAdd(habit.id, n)}
              />
            );
          const isLogged = logged(habit.id);
          return (
            <li key={habit.id} className="flex items-center gap-2">
              <button
                type="button"
                aria-pressed={isLogged}
                aria-label={words ? undefined : habit.name}
                onClick={() => !isLogged && onLog(habit.id)}
                className={`flex min-h-20 flex-1 items-center gap-4 rounded-3xl px-5 text-start text-2xl font-bold ${isLogged ? "bg-leaf-700 text-white" : "bg-sun-100"}`}
              >
                <HabitPicture habit={habit} />
                <span className="flex-1">{words && habit.name}</span>
                <span
                  className={`grid size-10 shrink-0 place-items-center rounded-full text-2xl ${isLogged ? "bg-white text-leaf-700" : "border-4 border-stone-400 bg-white"}`}
                  aria-hidden
                >
                  {isLogged ? "✓" : ""}
                </span>
              </button>
              <SpeakButton words={habit.name} tone="bg-sky-100" />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
