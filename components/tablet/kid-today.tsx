"use client";
import Link from "next/link";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { KidHabits } from "@/components/tablet/kid-habits";
import { offlinePin, onPassChange } from "@/components/tablet/offline-pin-store";
import { OneStep } from "@/components/tablet/one-step";
import { PinPad } from "@/components/tablet/pin-pad";
import { Progress } from "@/components/tablet/progress";
import { useIdleReturn } from "@/components/tablet/use-idle-return";
import { useShownDay } from "@/components/tablet/use-new-day";
import type { DayRoutine } from "@/lib/routines/day";
import type { KidDay } from "@/lib/tablet/kid-day";
import { useKidTaps, type NewTap } from "@/components/tablet/sync/use-kid-taps";

type Props = {
  kidId: string;
  /** The kid's PIN version when they have a PIN: the page can then be opened only with it. */
  pinVersion: number | null;
  /** When the server rendered this page (it may come from the service worker's cache, later). */
  renderedAt: string;
  /** Rendered for the service worker to keep, not to be shown now (app/tablet/kid/[id]/page). */
  kept: boolean;
  /** Today and tomorrow: the screen shows the one the clock is in (components/tablet/use-new-day). */
  days: [KidDay, KidDay];
  idleMs: number;
  /** Stars (points) when the page loaded; actions that change them say the new count. */
  balance: number;
};

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
 * A kid's day on the tablet. A tap shows the check at once and goes into the tablet's queue
 * (components/tablet/sync): stored on the device first, sent when the network allows, applied
 * once by the server whatever the retries. Offline, the kid sees no error, at most a small cloud.
 */
export function KidToday({ kidId, pinVersion, renderedAt, kept, days, idleMs, balance }: Props) {
  const [stars, setStars] = useState(balance);
  const day = useShownDay(days);
  useIdleReturn(kidId, idleMs, pinVersion);
  // A PIN kid's day opens only while a pass holds: the server's, for a render shown for the first
  // time (the tablet's own pass starts from it); otherwise the tablet's own. A copy the service
  // worker fetched to keep (`kept`), or one shown before, opens only with the tablet's own pass.
  const open = useSyncExternalStore(
    onPassChange,
    () =>
      pinVersion === null ||
      offlinePin().pass(kidId, pinVersion) !== null ||
      (!kept && offlinePin().isNew(kidId, renderedAt)),
    () => true,
  );
  useEffect(() => {
    if (pinVersion !== null && !kept) offlinePin().shown(kidId, pinVersion, renderedAt, idleMs);
  }, [kidId, pinVersion, renderedAt, kept, idleMs]);

  if (!open && pinVersion !== null)
    return (
      <div className="mx-auto">
        <PinPad
          kidId={kidId}
          pinVersion={pinVersion}
          lockedMinutes={null}
          idleMs={idleMs}
          overKeptDay
        />
      </div>
    );
  // A new day starts clean: no undo of yesterday's taps, no celebration left open.
  return (
    <DayView
      key={day.date}
      kidId={kidId}
      day={day}
      stars={stars}
      setStars={setStars}
      pin={pinVersion === null ? null : { version: pinVersion, idleMs }}
    />
  );
}

function DayView({
  kidId,
  day,
  stars,
  setStars,
  pin,
}: {
  kidId: string;
  day: KidDay;
  stars: number;
  setStars: (stars: number) => void;
  /** For a PIN kid: each tap carries the tablet's pass, and finds the PIN pad if it has ended. */
  pin: { version: number; idleMs: number } | null;
}) {
  const { routines, habits } = day;
  const [lastChecked, setLastChecked] = useState<string[]>([]);
  const [celebrating, setCelebrating] = useState<string | null>(null);
  const [oneStep, setOneStep] = useState<string | null>(null);
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

  function send(routine: DayRoutine, itemId: string) {
    if (isChecked(itemId)) return;
    if (!add({ kind: "check", itemId })) return;
    setLastChecked((stack) => [...stack.filter((id) => id !== itemId), itemId]);
    const done = (id: string) => id === itemId || checks.has(id);
    if (routine.cards.every((card) => card.items.every((item) => done(item.id))))
      setCelebrating(routine.id);
  }

  async function undo() {
    const itemId = lastChecked.at(-1);
    if (!itemId) return;
    setLastChecked((stack) => stack.slice(0, -1));
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

  const items = routines.flatMap((r) => r.cards.flatMap((c) => c.items));
  const doneToday = items.filter((i) => isChecked(i.id)).length;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center gap-4">
        <Link
          href="/tablet"
          aria-label="Back to all faces"
          className="grid size-16 place-items-center rounded-2xl bg-white text-3xl shadow"
        >
          ⬅️
        </Link>
        <div className="flex-1">
          <Progress done={doneToday} total={items.length} label="Today" big />
        </div>
        {sync.offline && sync.waiting > 0 && (
          // Taps wait on the tablet: for the kid only a small cloud, never an error.
          <span
            role="status"
            title="Saved on this tablet: it is sent when the internet is back."
            aria-label="Saved on this tablet: it is sent when the internet is back."
            className="grid size-12 shrink-0 place-items-center rounded-full bg-sky-100 text-2xl"
          >
            <span aria-hidden>☁️</span>
          </span>
        )}
        <Link
          href={`/tablet/kid/${kidId}/rewards`}
          className="flex h-16 items-center gap-2 rounded-2xl bg-amber-100 px-4 text-2xl font-extrabold text-amber-900 shadow"
          aria-label={`${stars} stars. Rewards`}
        >
          <span aria-hidden>⭐ {stars}</span>
          <span aria-hidden>🎁</span>
        </Link>
        <button
          type="button"
          onClick={() => void undo()}
          disabled={lastChecked.length === 0}
          aria-label="Undo the last check"
          className="grid size-16 place-items-center rounded-2xl bg-white text-3xl shadow disabled:opacity-40"
        >
          ↩️
        </button>
      </div>

      <KidHabits
        habits={habits}
        logged={(habitId) =>
          habits.some((h) => h.id === habitId && h.logId) ||
          taps.some((t) => t.kind === "habit_log" && t.habitId === habitId)
        }
        onLog={(habitId) => void add({ kind: "habit_log", habitId })}
      />

      {routines.length === 0 && habits.length === 0 && (
        <p className="rounded-3xl bg-white p-8 text-center text-3xl shadow">
          <span aria-hidden>🌈 </span>Nothing to do right now!
        </p>
      )}

      {routines.map((routine) => {
        const routineItems = routine.cards.flatMap((c) => c.items);
        const done = routineItems.filter((i) => isChecked(i.id)).length;
        return (
          <section
            key={routine.id}
            aria-label={routine.name}
            className="flex flex-col gap-4 rounded-3xl bg-white p-4 shadow-lg sm:p-6"
          >
            <div className="flex items-center gap-3">
              <span className="text-5xl" aria-hidden>
                {routine.icon}
              </span>
              <h2 className="flex-1 text-3xl font-extrabold">{routine.name}</h2>
              <button
                type="button"
                onClick={() => setOneStep(routine.id)}
                aria-label={`One card at a time: ${routine.name}`}
                className="grid size-16 place-items-center rounded-2xl bg-sky-100 text-3xl shadow"
              >
                ▶️
              </button>
            </div>
            <Progress done={done} total={routineItems.length} label={routine.name} />
            <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {routine.cards.map((card) => {
                const cardDone = card.items.every((i) => isChecked(i.id));
                return (
                  <li
                    key={card.id}
                    className={`flex flex-col gap-3 rounded-3xl p-4 ${cardDone ? "bg-green-100 ring-4 ring-leaf-600" : "bg-sun-100"}`}
                  >
                    <p className="text-center text-6xl" aria-hidden>
                      {card.pictureEmoji}
                    </p>
                    <h3 className="text-center text-2xl font-bold">{card.title}</h3>
                    {card.items.map((item) => {
                      const checked = isChecked(item.id);
                      return (
                        <button
                          key={item.id}
                          type="button"
                          aria-pressed={checked}
                          onClick={() => send(routine, item.id)}
                          className={`flex min-h-16 items-center gap-3 rounded-2xl px-4 text-left text-xl font-bold ${checked ? "bg-leaf-700 text-white" : "bg-white text-ink-900 shadow"}`}
                        >
                          <span
                            className={`grid size-10 shrink-0 place-items-center rounded-full text-2xl ${checked ? "bg-white text-leaf-700" : "border-4 border-stone-400"}`}
                            aria-hidden
                          >
                            {checked ? "✓" : ""}
                          </span>
                          {item.label}
                        </button>
                      );
                    })}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      {oneStep && routines.find((r) => r.id === oneStep) && (
        <OneStep
          routine={routines.find((r) => r.id === oneStep)!}
          isChecked={isChecked}
          onCheck={(itemId) =>
            send(
              routines.find((r) => r.id === oneStep)!,
              itemId,
            )
          }
          onClose={() => setOneStep(null)}
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
            <p className="text-4xl font-extrabold">All done!</p>
            <button
              type="button"
              onClick={() => setCelebrating(null)}
              className="rounded-full bg-leaf-700 px-8 py-4 text-2xl font-bold text-white"
              aria-label="Yay! Close"
            >
              👍
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
