"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { KidHabits } from "@/components/tablet/kid-habits";
import { OneStep } from "@/components/tablet/one-step";
import { Progress } from "@/components/tablet/progress";
import { useIdleReturn } from "@/components/tablet/use-idle-return";
import type { DayRoutine } from "@/lib/routines/day";
import { checkItemAction, uncheckItemAction } from "@/lib/tablet/actions";
import { KID_PASS_NEEDED } from "@/lib/tablet/rules";

type Props = {
  kidId: string;
  routines: DayRoutine[];
  habits: { id: string; name: string; icon: string; logId: string | null }[];
  idleMs: number;
  /** Stars (points) when the page loaded; actions that change them say the new count. */
  balance: number;
};
type Failed = { itemId: string; eventId: string };

function initialChecks(routines: DayRoutine[]) {
  const checks: Record<string, string> = {};
  for (const item of routines.flatMap((r) => r.cards.flatMap((c) => c.items))) {
    if (item.checkId) checks[item.id] = item.checkId;
  }
  return checks;
}

/**
 * A kid's day on the tablet. A tap shows the check at once; the server stores it with a
 * client-made event id, so a retry or a second tap can never make two. If saving fails the item
 * goes back and a big retry button appears.
 */
export function KidToday({ kidId, routines, habits, idleMs, balance }: Props) {
  const router = useRouter();
  const [checks, setChecks] = useState<Record<string, string>>(() => initialChecks(routines));
  const [lastChecked, setLastChecked] = useState<string[]>([]);
  const [failed, setFailed] = useState<Failed | null>(null);
  const [celebrating, setCelebrating] = useState<string | null>(null);
  const [oneStep, setOneStep] = useState<string | null>(null);
  const [stars, setStars] = useState(balance);
  const starsFrom = (data?: Record<string, string>) => {
    if (data?.balance !== undefined) setStars(Number(data.balance));
  };
  const [, startTransition] = useTransition();

  useIdleReturn(kidId, idleMs);

  const isChecked = (itemId: string) => Boolean(checks[itemId]);
  const allDone = (routine: DayRoutine, state: Record<string, string>) =>
    routine.cards.every((card) => card.items.every((item) => state[item.id]));

  function send(routine: DayRoutine, itemId: string, eventId: string) {
    setFailed(null);
    setChecks((current) => {
      const next = { ...current, [itemId]: "pending" };
      if (allDone(routine, next)) setCelebrating(routine.id);
      return next;
    });
    setLastChecked((stack) => [...stack.filter((id) => id !== itemId), itemId]);
    startTransition(async () => {
      const form = new FormData();
      form.set("kidId", kidId);
      form.set("itemId", itemId);
      form.set("clientEventId", eventId);
      const result = await checkItemAction(null, form).catch(() => null);
      if (result?.ok && result.data?.checkId) {
        const checkId = result.data.checkId;
        setChecks((current) => ({ ...current, [itemId]: checkId }));
        starsFrom(result.data);
        return;
      }
      setChecks(({ [itemId]: _dropped, ...rest }) => rest);
      setLastChecked((stack) => stack.filter((id) => id !== itemId));
      setCelebrating(null);
      // The kid's pass has ended, or the day changed under the page (a parent edited the
      // routine): the server shows the PIN pad or today's routine again, no retry button that
      // would be refused again.
      if (result && !result.ok && (result.message === KID_PASS_NEEDED || result.data?.reload))
        router.refresh();
      else setFailed({ itemId, eventId });
    });
  }

  function undo() {
    const itemId = lastChecked.at(-1);
    const checkId = itemId ? checks[itemId] : undefined;
    if (!itemId || !checkId || checkId === "pending") return;
    setLastChecked((stack) => stack.slice(0, -1));
    setChecks(({ [itemId]: _dropped, ...rest }) => rest);
    setCelebrating(null);
    startTransition(async () => {
      const form = new FormData();
      form.set("kidId", kidId);
      form.set("checkId", checkId);
      const result = await uncheckItemAction(null, form).catch(() => null);
      if (!result?.ok) setChecks((current) => ({ ...current, [itemId]: checkId }));
      else starsFrom(result.data);
    });
  }

  const items = routines.flatMap((r) => r.cards.flatMap((c) => c.items));
  const doneToday = items.filter((i) => isChecked(i.id)).length;
  const failedRoutine =
    failed &&
    routines.find((r) => r.cards.some((c) => c.items.some((i) => i.id === failed.itemId)));

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
          onClick={undo}
          // Until the last check is saved there is nothing to undo on the server yet: a tap then
          // would be lost. The wait is the length of one request.
          disabled={lastChecked.length === 0 || checks[lastChecked.at(-1)!] === "pending"}
          aria-label="Undo the last check"
          className="grid size-16 place-items-center rounded-2xl bg-white text-3xl shadow disabled:opacity-40"
        >
          ↩️
        </button>
      </div>

      {failed && failedRoutine && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-4 rounded-3xl bg-red-100 p-4 text-xl font-bold text-red-900"
        >
          <span aria-hidden>😕</span> That did not save.
          <button
            type="button"
            onClick={() => send(failedRoutine, failed.itemId, failed.eventId)}
            className="rounded-full bg-white px-6 py-3 text-xl shadow"
          >
            🔄 Try again
          </button>
        </div>
      )}

      <KidHabits kidId={kidId} habits={habits} onStars={setStars} />

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
                          onClick={() => !checked && send(routine, item.id, crypto.randomUUID())}
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
              crypto.randomUUID(),
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
