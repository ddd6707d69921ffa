"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Progress } from "@/components/tablet/progress";
import { useIdleReturn } from "@/components/tablet/use-idle-return";
import { askForRewardAction } from "@/lib/points/actions";

type Reward = { id: string; name: string; emoji: string; cost: number };
type Status = "PENDING" | "APPROVED" | "DENIED";

const STATUS = {
  PENDING: { emoji: "⏳", text: "Asked! Waiting for a grown-up" },
  APPROVED: { emoji: "✅", text: "Yes!" },
  DENIED: { emoji: "🙅", text: "Not this time" },
} as const;

/**
 * The rewards a kid can ask for: big picture cards with their price in stars and how close the
 * kid is. Asking shows at once; a parent answers on the dashboard.
 */
export function KidRewards({
  kidId,
  balance,
  rewards,
  latest,
  idleMs,
}: {
  kidId: string;
  idleMs: number;
  balance: number;
  rewards: Reward[];
  /** The latest request per reward. */
  latest: Record<string, Status>;
}) {
  const router = useRouter();
  useIdleReturn(kidId, idleMs);
  // A tap shows "asked" at once; it stands only until the server's own answer for that reward
  // changes from what it was when the kid tapped (then the server knows better).
  const [optimistic, setOptimistic] = useState<
    Record<string, { status: Status | undefined; basis: Status | undefined }>
  >({});
  const [failed, setFailed] = useState(false);
  const [, startTransition] = useTransition();
  const statusOf = (rewardId: string) => {
    const local = optimistic[rewardId];
    return local && local.basis === latest[rewardId] ? local.status : latest[rewardId];
  };
  const waiting = rewards.some((reward) => statusOf(reward.id) === "PENDING");
  // While a grown-up has not answered yet, look again every 3 s: the answer and the new star
  // count appear without anyone touching the tablet.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => router.refresh(), 3_000);
    return () => clearInterval(timer);
  }, [waiting, router]);

  function ask(rewardId: string) {
    setFailed(false);
    const basis = latest[rewardId];
    setOptimistic((current) => ({ ...current, [rewardId]: { status: "PENDING", basis } }));
    const form = new FormData();
    form.set("kidId", kidId);
    form.set("rewardId", rewardId);
    startTransition(async () => {
      const result = await askForRewardAction(null, form).catch(() => null);
      if (result?.ok) return;
      setOptimistic((current) => ({ ...current, [rewardId]: { status: basis, basis } }));
      setFailed(true);
    });
  }

  if (rewards.length === 0)
    return (
      <p className="rounded-3xl bg-white p-8 text-center text-3xl shadow-lg">
        <span aria-hidden>🎁 </span>No rewards yet. Ask a grown-up!
      </p>
    );
  return (
    <section aria-label="Rewards" className="flex flex-col gap-4">
      {failed && (
        <p role="alert" className="rounded-2xl bg-red-100 p-3 text-xl font-bold text-red-900">
          <span aria-hidden>😕 </span>That did not work. Tap it again.
        </p>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {rewards.map((reward) => {
          const status = statusOf(reward.id);
          const pending = status === "PENDING";
          return (
            <li key={reward.id} className="flex flex-col gap-3 rounded-3xl bg-white p-5 shadow-lg">
              <p className="flex items-center gap-3 text-2xl font-extrabold">
                <span aria-hidden className="text-6xl">
                  {reward.emoji}
                </span>
                {reward.name}
              </p>
              <p className="text-2xl font-bold text-amber-800">
                <span aria-hidden>⭐ </span>
                {reward.cost}
              </p>
              <Progress
                done={Math.min(balance, reward.cost)}
                total={reward.cost}
                label={`Stars for ${reward.name}`}
                unit="stars"
                tone="amber"
              />
              {status && (
                <p className="text-xl font-bold" role="status">
                  <span aria-hidden>{STATUS[status].emoji} </span>
                  {STATUS[status].text}
                </p>
              )}
              <button
                type="button"
                onClick={() => ask(reward.id)}
                disabled={pending}
                className="min-h-16 rounded-full bg-green-700 px-6 text-2xl font-extrabold text-white disabled:bg-stone-300 disabled:text-stone-700"
              >
                {pending ? "⏳" : "🙋 Ask"}
                <span className="sr-only"> for {reward.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
