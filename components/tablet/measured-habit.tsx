"use client";
// A measured habit on the tablet (issue 21): how far the kid is toward the goal, big buttons that
// add a few minutes (or glasses, pages …), and for minutes a timer the kid starts and stops. Each
// amount goes through the tablet's queue like a check, so it is stored once, online or not.
import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { Progress } from "@/components/tablet/progress";
import { HabitPicture } from "@/components/tablet/habit-picture";
import { SpeakButton } from "@/components/tablet/speak-button";
import { quickSteps, timerMinutes, type HabitUnit } from "@/lib/habits/measure";

export type MeasuredHabitView = {
  id: string;
  name: string;
  icon: string;
  photoId?: string | null;
  cadence: "DAILY" | "WEEKLY";
  unit: HabitUnit;
  target: number;
};

/** A running timer survives a reload and the kid going back to the faces: it lives on the tablet. */
const timerKey = (kidId: string, habitId: string) => `family-timer:${kidId}:${habitId}`;

/** Another card (or tab) started or stopped a timer: the store below reads it again. */
const TIMER_EVENT = "family-timer";
function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(TIMER_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(TIMER_EVENT, onChange);
  };
}

function useTimer(kidId: string, habitId: string) {
  const key = timerKey(kidId, habitId);
  // The server renders no timer; the tablet's stored start (if any) shows once hydrated.
  const startedAt = useSyncExternalStore(
    subscribe,
    () => Number(localStorage.getItem(key)) || null,
    () => null,
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [startedAt]);
  const write = (value: number | null) => {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, String(value));
    window.dispatchEvent(new Event(TIMER_EVENT));
  };
  return {
    startedAt,
    elapsed: startedAt === null ? 0 : Math.max(0, now - startedAt),
    start() {
      const at = Date.now();
      setNow(at);
      write(at);
    },
    /** Stops it; the whole minutes it ran (at least one). */
    stop(): number {
      const minutes = startedAt === null ? 0 : timerMinutes(startedAt, Date.now());
      write(null);
      return minutes;
    },
  };
}

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

export function MeasuredHabit({
  kidId,
  habit,
  done,
  words,
  onAdd,
}: {
  kidId: string;
  habit: MeasuredHabitView;
  /** Today's amount (daily goal) or this week's (weekly goal), taps on their way included. */
  done: number;
  words: boolean;
  onAdd: (amount: number) => void;
}) {
  const t = useTranslations("tablet.measure");
  const units = useTranslations("habits.units");
  const timer = useTimer(kidId, habit.id);
  const met = done >= habit.target;
  const amount = (count: number) => units(habit.unit, { count });
  const progress = t(habit.cadence === "DAILY" ? "ofGoalDay" : "ofGoalWeek", {
    done: amount(done),
    goal: amount(habit.target),
  });
  const button =
    "grid min-h-16 min-w-20 place-items-center rounded-2xl px-4 text-2xl font-extrabold shadow";
  return (
    <li
      className={`flex flex-col gap-3 rounded-3xl p-4 sm:col-span-2 lg:col-span-3 ${met ? "bg-green-100 ring-4 ring-leaf-600" : "bg-sun-100"}`}
    >
      <div className="flex items-center gap-3">
        <HabitPicture habit={habit} emojiSize="text-5xl" />
        <h3 className={words ? "min-w-0 flex-1 text-2xl font-bold" : "sr-only"}>{habit.name}</h3>
        {!words && <span className="flex-1" />}
        {met && (
          <span className="text-4xl" role="img" aria-label={t("goalMet")}>
            🏅
          </span>
        )}
        <SpeakButton words={`${habit.name}. ${progress}`} tone="bg-sky-100" />
      </div>
      <Progress done={Math.min(done, habit.target)} total={habit.target} label={progress} big />
      <p className={words ? "text-xl font-bold" : "sr-only"}>{progress}</p>
      <div className="flex flex-wrap items-center gap-3">
        {quickSteps(habit.unit).map((step) => (
          <button
            key={step}
            type="button"
            onClick={() => onAdd(step)}
            aria-label={t("add", { amount: amount(step) })}
            className={`${button} bg-white text-ink-900 ring-2 ring-stone-300`}
          >
            +{step}
          </button>
        ))}
        {habit.unit === "MINUTES" &&
          (timer.startedAt === null ? (
            <button
              type="button"
              onClick={timer.start}
              aria-label={t("start")}
              className={`${button} gap-2 bg-sky-600 text-white`}
            >
              <span aria-hidden>⏱️ ▶</span>
            </button>
          ) : (
            <button
              type="button"
              onClick={() => onAdd(timer.stop())}
              aria-label={t("stop", { time: clock(timer.elapsed) })}
              className={`${button} flex gap-2 bg-red-600 text-white`}
            >
              <span aria-hidden>⏹</span>
              <span className="tabular-nums">{clock(timer.elapsed)}</span>
            </button>
          ))}
      </div>
    </li>
  );
}
