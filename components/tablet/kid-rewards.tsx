"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLiveChanges } from "@/components/live/use-live-changes";
import { CardPicture } from "@/components/tablet/card-picture";
import { SpeakButton } from "@/components/tablet/speak-button";
import { StarTiles } from "@/components/tablet/star-tiles";
import { useKidTaps } from "@/components/tablet/sync/use-kid-taps";
import { useIdleReturn } from "@/components/tablet/use-idle-return";
import { showsWords, type KidLook } from "@/lib/families/kid-look";
import { saveForRewardAction } from "@/lib/money/tablet-actions";

const ignoreStars = () => undefined;

type Reward = { id: string; name: string; emoji: string; cost: number; photoId?: string | null };
type Status = "PENDING" | "APPROVED" | "DENIED";

const STATUS = {
  PENDING: { emoji: "⏳", text: "pending" },
  APPROVED: { emoji: "✅", text: "approved" },
  DENIED: { emoji: "🙅", text: "denied" },
} as const;

/**
 * The rewards a kid can ask for: big picture cards with their price in stars and how close the
 * kid is. Asking shows at once, online or not; a parent answers on the dashboard.
 */
export function KidRewards({
  kidId,
  balance,
  rewards,
  latest,
  idleMs,
  look,
  goalRewardId = null,
}: {
  /** The reward the kid is saving for, if their goal is one. */
  goalRewardId?: string | null;
  kidId: string;
  idleMs: number;
  look: KidLook;
  balance: number;
  rewards: Reward[];
  /** The latest request per reward. */
  latest: Record<string, Status>;
}) {
  const t = useTranslations("tablet.rewards");
  const router = useRouter();
  useIdleReturn(kidId, idleMs);
  // Asking goes through the tablet's queue like a check (components/tablet/sync): shown at once,
  // sent when the network allows, stored once. Asking spends nothing: the stars shown are the
  // page's, refreshed while a grown-up's answer is awaited.
  const { taps, add } = useKidTaps(kidId, latest, ignoreStars);
  const statusOf = (rewardId: string): Status | undefined =>
    taps.some((t) => t.kind === "reward_request" && t.rewardId === rewardId)
      ? "PENDING"
      : latest[rewardId];
  const waiting = rewards.some((reward) => statusOf(reward.id) === "PENDING");
  // While a grown-up has not answered yet, the server says when the family changed (GET /api/live)
  // and the page looks again: the answer and the new star count appear without anyone touching
  // the tablet, and nothing is asked meanwhile.
  useLiveChanges({ enabled: waiting, onChange: () => router.refresh() });

  const ask = (rewardId: string) => add({ kind: "reward_request", rewardId });
  const [choosing, startChoosing] = useTransition();
  // Saving for a reward needs the network (it is a goal, not a tap): the page shows it once set.
  const saveFor = (rewardId: string) =>
    startChoosing(async () => {
      const form = new FormData();
      form.set("kidId", kidId);
      form.set("rewardId", rewardId);
      const answer = await saveForRewardAction(null, form).catch(() => null);
      if (answer?.ok) router.refresh();
    });
  const words = showsWords(look);

  if (rewards.length === 0)
    return (
      <p className="rounded-3xl bg-white p-8 text-center text-3xl shadow-lg">
        <span aria-hidden>🎁 </span>
        {t("none")}
      </p>
    );
  return (
    <section aria-label={t("title")} className="flex flex-col gap-4">
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {rewards.map((reward) => {
          const status = statusOf(reward.id);
          const pending = status === "PENDING";
          return (
            <li key={reward.id} className="flex flex-col gap-3 rounded-3xl bg-white p-5 shadow-lg">
              <div className="flex items-center gap-3 text-2xl font-extrabold">
                <CardPicture
                  photoId={reward.photoId}
                  emoji={reward.emoji}
                  className="text-6xl"
                  photoClassName="mx-0 w-20"
                />
                <h2 className={words ? "min-w-0 flex-1" : "sr-only"}>{reward.name}</h2>
                {!words && <span className="flex-1" />}
                <SpeakButton
                  words={t("price", { name: reward.name, cost: reward.cost })}
                  tone="bg-sky-100"
                />
              </div>
              <p className="text-2xl font-bold text-amber-800">
                <span aria-hidden>⭐ </span>
                {reward.cost}
              </p>
              <StarTiles
                balance={balance}
                cost={reward.cost}
                label={t("starsFor", { name: reward.name })}
              />
              {status && (
                <p className="text-xl font-bold" role="status">
                  <span aria-hidden className={words ? "" : "text-4xl"}>
                    {STATUS[status].emoji}{" "}
                  </span>
                  <span className={words ? "" : "sr-only"}>{t(STATUS[status].text)}</span>
                </p>
              )}
              <button
                type="button"
                onClick={() => ask(reward.id)}
                disabled={pending}
                aria-label={t(pending ? "askedFor" : "askFor", { name: reward.name })}
                className="min-h-16 rounded-full bg-green-700 px-6 text-2xl font-extrabold text-white disabled:bg-stone-300 disabled:text-stone-700"
              >
                {pending ? "⏳" : words ? `🙋 ${t("ask")}` : <span aria-hidden>🙋</span>}
              </button>
              {goalRewardId === reward.id ? (
                <p className="text-center text-xl font-bold text-sky-900">
                  <span aria-hidden>🎯 </span>
                  {t("myGoal")}
                </p>
              ) : (
                <button
                  type="button"
                  onClick={() => saveFor(reward.id)}
                  disabled={choosing}
                  aria-label={t("saveFor", { name: reward.name })}
                  className="min-h-12 rounded-full bg-sky-100 px-6 text-xl font-bold text-sky-900 ring-2 ring-sky-300 disabled:opacity-60"
                >
                  <span aria-hidden>🎯</span>
                  {words && ` ${t("saveForShort")}`}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
