"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo, useState } from "react";
import { AwayCard } from "@/components/tablet/away-card";
import { KidHabits } from "@/components/tablet/kid-habits";
import { NowNext } from "@/components/tablet/now-next";
import { offlinePin } from "@/components/tablet/offline-pin-store";
import { Progress } from "@/components/tablet/progress";
import { RoutineSection } from "@/components/tablet/routine-section";
import { useKidTaps, type NewTap } from "@/components/tablet/sync/use-kid-taps";
import type { KidLook } from "@/lib/families/kid-look";
import type { DayRoutine } from "@/lib/routines/day";
import type { KidDay } from "@/lib/tablet/kid-day";

type Undoable =
  { itemId: string } | { itemId: null; tapId: string; habitId: string; amount: number };

function serverChecks(routines: DayRoutine[]) {
  const checks = new Map<string, Checked>();
  for (const item of routines.flatMap((r) => r.cards.flatMap((c) => c.items))) {
    if (item.checkId) checks.set(item.id, { checkId: item.checkId });
  }
  return checks;
}

/** How an item came to be checked: by the server's check, or by a tap not answered yet. */
type Checked = { checkId?: string; eventId?: string };

/**
 * One day of a kid on the tablet: the header (back, progress, stars, undo), habits, routines and
 * the Now/Next board, with every tap shown at once and sent through the tablet's queue.
 */
export function DayView({
  kidId,
  day,
  look,
  stars,
  setStars,
  pin,
}: {
  kidId: string;
  day: KidDay;
  look: KidLook;
  stars: number;
  setStars: (stars: number) => void;
  /** For a PIN kid: each tap carries the tablet's pass, and finds the PIN pad if it has ended. */
  pin: { version: number; idleMs: number } | null;
}) {
  const t = useTranslations("tablet");
  const { routines, habits } = day;
  // What the undo button takes back, newest last: a check, or an amount of a measured habit.
  const [lastDone, setLastDone] = useState<Undoable[]>([]);
  const [celebrating, setCelebrating] = useState<string | null>(null);
  const [board, setBoard] = useState<string | null>(null);
  const { taps: allTaps, sync, add: addTap, cancel } = useKidTaps(kidId, routines, setStars);
  const add = (tap: NewTap) => {
    if (!pin) return addTap(tap);
    const pass = offlinePin().renew(kidId, pin.version, pin.idleMs);
    if (!pass) {
      offlinePin().end(); // the pass ran out (the tablet slept past it): the PIN first, then taps
      return null;
    }
    return addTap({ ...tap, pass });
  };
  // Only the taps made on this day count on it (the server dates each tap by its time the same
  // way): a check still waiting from yesterday does not tick today's same item.
  const taps = useMemo(
    () => allTaps.filter((tap) => tap.at >= day.startsAt && tap.at < day.endsAt),
    [allTaps, day.startsAt, day.endsAt],
  );

  // What the server said when the page loaded, then each tap since, in order.
  const checks = useMemo(() => {
    const state = serverChecks(routines);
    for (const tap of taps) {
      if (tap.kind === "check") state.set(tap.itemId, { eventId: tap.id });
      if (tap.kind === "uncheck") state.delete(tap.itemId);
    }
    return state;
  }, [routines, taps]);

  const isChecked = (itemId: string) => checks.has(itemId);

  /** A tap on an item: checks it, or, when it is checked already, takes the check back (a wrong
   * tap is mended by tapping again, all day long: issue 17). */
  function toggle(routine: DayRoutine, itemId: string) {
    if (isChecked(itemId)) void uncheck(itemId);
    else check(routine, itemId);
  }

  function check(routine: DayRoutine, itemId: string) {
    if (isChecked(itemId)) return;
    if (!add({ kind: "check", itemId })) return;
    setLastDone((stack) => [...stack.filter((d) => d.itemId !== itemId), { itemId }]);
    const done = (id: string) => id === itemId || checks.has(id);
    if (routine.cards.every((card) => card.items.every((item) => done(item.id))))
      setCelebrating(routine.id);
  }

  function undo() {
    const last = lastDone.at(-1);
    if (last && "tapId" in last) {
      setLastDone((stack) => stack.slice(0, -1));
      void takeBackAmount(last);
      return;
    }
    const itemId = last?.itemId;
    if (itemId) void uncheck(itemId);
  }

  async function uncheck(itemId: string) {
    setLastDone((stack) => stack.filter((d) => d.itemId !== itemId));
    setCelebrating(null);
    const checked = checks.get(itemId);
    if (!checked) return;
    // A check that never left the tablet is simply taken back; otherwise the undo is a tap too.
    if (checked.eventId && (await cancel(checked.eventId))) return;
    add({
      kind: "uncheck",
      itemId,
      ...(checked.checkId ? { checkId: checked.checkId } : {}),
      ...(checked.eventId ? { target: checked.eventId } : {}),
    });
  }

  /** An amount not yet sent is simply taken back; otherwise its undo is a tap too. */
  async function takeBackAmount(amount: { tapId: string; habitId: string; amount: number }) {
    if (await cancel(amount.tapId)) return;
    add({
      kind: "habit_amount_undo",
      habitId: amount.habitId,
      target: amount.tapId,
      amount: amount.amount,
    });
  }

  const boardRoutine = board ? routines.find((r) => r.id === board) : undefined;
  const items = routines.flatMap((r) => r.cards.flatMap((c) => c.items));
  const doneToday = items.filter((i) => isChecked(i.id)).length;

  return (
    <div className="flex flex-col gap-6">
      {/* On a phone the day's progress gets a row of its own: between four buttons it would
          be a few pixels wide (issue 17). */}
      <div className="flex flex-wrap items-center gap-3 sm:flex-nowrap sm:gap-4">
        <Link
          href="/tablet"
          aria-label={t("backToFaces")}
          className="grid size-16 place-items-center rounded-2xl bg-white text-3xl shadow"
        >
          {/* A house, not an arrow: the undo button beside it is the arrow (issue 17). */}
          🏠
        </Link>
        <div className="order-last basis-full sm:order-none sm:flex-1 sm:basis-auto">
          <Progress done={doneToday} total={items.length} label={t("today")} big />
        </div>
        <span aria-hidden className="flex-1 sm:hidden" />
        {sync.offline && sync.waiting > 0 && (
          // Taps wait on the tablet: for the kid only a small cloud, never an error.
          <span
            role="status"
            title={t("savedOffline")}
            aria-label={t("savedOffline")}
            className="grid size-12 shrink-0 place-items-center rounded-full bg-sky-100 text-2xl"
          >
            <span aria-hidden>☁️</span>
          </span>
        )}
        <Link
          href={`/tablet/kid/${kidId}/rewards`}
          className="flex h-16 items-center gap-2 rounded-2xl bg-amber-100 px-4 text-2xl font-extrabold text-amber-900 shadow"
          aria-label={t("starsRewards", { stars })}
        >
          <span aria-hidden>⭐ {stars}</span>
          <span aria-hidden>🎁</span>
        </Link>
        <button
          type="button"
          onClick={undo}
          disabled={lastDone.length === 0}
          aria-label={t("undo")}
          className="grid size-16 place-items-center rounded-2xl bg-white text-3xl shadow disabled:opacity-40"
        >
          ↩️
        </button>
      </div>

      <KidHabits
        habits={habits}
        look={look}
        logged={(habitId) =>
          habits.some((h) => h.id === habitId && h.logId) ||
          taps.some((t) => t.kind === "habit_log" && t.habitId === habitId)
        }
        onLog={(habitId) => void add({ kind: "habit_log", habitId })}
        kidId={kidId}
        amount={(habitId) => {
          const habit = habits.find((h) => h.id === habitId);
          const server = habit?.cadence === "WEEKLY" ? habit.weekAmount : (habit?.dayAmount ?? 0);
          return taps.reduce(
            (sum, tap) =>
              tap.kind === "habit_amount" && tap.habitId === habitId
                ? sum + tap.amount
                : tap.kind === "habit_amount_undo" && tap.habitId === habitId
                  ? sum - tap.amount
                  : sum,
            server,
          );
        }}
        onAdd={(habitId, amount) => {
          const tap = add({ kind: "habit_amount", habitId, amount });
          if (tap)
            setLastDone((stack) => [...stack, { itemId: null, tapId: tap.id, habitId, amount }]);
        }}
      />

      {day.away && <AwayCard away={day.away} date={day.date} />}

      {!day.away && routines.length === 0 && habits.length === 0 && (
        <p className="rounded-3xl bg-white p-8 text-center text-3xl shadow">
          <span aria-hidden>🌈 </span>
          {t("nothingToDo")}
        </p>
      )}

      {routines.map((routine) => (
        <RoutineSection
          key={routine.id}
          routine={routine}
          look={look}
          isChecked={isChecked}
          onTap={(itemId) => toggle(routine, itemId)}
          onOpenBoard={() => setBoard(routine.id)}
        />
      ))}

      {boardRoutine && (
        <NowNext
          routine={boardRoutine}
          look={look}
          isChecked={isChecked}
          onCheck={(itemId) => check(boardRoutine, itemId)}
          onTap={(itemId) => toggle(boardRoutine, itemId)}
          onClose={() => setBoard(null)}
        />
      )}

      {celebrating && (
        <div
          role="status"
          className="fixed inset-0 z-50 grid place-items-center bg-black/40 p-6"
          onClick={() => setCelebrating(null)}
        >
          <div className="flex flex-col items-center gap-4 rounded-3xl bg-white p-10 text-center shadow-2xl">
            <p className="animate-bounce text-8xl" aria-hidden>
              🎉🌟
            </p>
            <p className="text-4xl font-extrabold">{t("allDone")}</p>
            <button
              type="button"
              onClick={() => setCelebrating(null)}
              className="rounded-full bg-leaf-700 px-8 py-4 text-2xl font-bold text-white"
              aria-label={t("yayClose")}
            >
              👍
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
