import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Avatar } from "@/components/family/avatar";
import { ActionButton } from "@/components/ui/action-button";
import { AttachedPhoto } from "@/components/media/attached-photo";
import { Panel } from "@/components/layout/panel";
import { NewRewardForm } from "@/components/rewards/new-reward-form";
import { parentPage } from "@/lib/auth/session";
import { listMembers } from "@/lib/families/queries";
import { offerRewardAction, retireRewardAction, setRewardPhotoAction } from "@/lib/points/actions";
import { balances, listRewards, recentEntries } from "@/lib/points/queries";

export const metadata: Metadata = { title: "Rewards" };

export default async function RewardsPage() {
  const session = await parentPage("/rewards");
  const [rewards, members, points] = await Promise.all([
    listRewards(session.familyId),
    listMembers(session.familyId),
    balances(session.familyId),
  ]);
  const kids = await Promise.all(
    members
      .filter((m) => m.role === "CHILD")
      .map(async (kid) => ({ ...kid, history: await recentEntries(session.familyId, kid.id, 8) })),
  );
  const when = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
  return (
    <>
      <PageHeader
        title="Rewards"
        description="Kids earn stars for every routine they finish and every habit they log. On the tablet they see their stars and these rewards, and ask for one; you answer on the Today page."
      />
      {kids.length > 0 && (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Stars">
          {kids.map((kid) => (
            <li
              key={kid.id}
              className="flex flex-col gap-2 rounded-3xl bg-white p-4 shadow ring-1 ring-black/5"
            >
              <span className="flex items-center gap-3">
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                <span>
                  <strong>{kid.displayName}</strong>
                  <br />
                  {points.get(kid.id) ?? 0} stars
                </span>
              </span>
              <details>
                <summary className="cursor-pointer text-sm font-semibold text-sky-800">
                  Latest stars<span className="sr-only"> of {kid.displayName}</span>
                </summary>
                {kid.history.length === 0 ? (
                  <p className="mt-2 text-sm text-ink-700">Nothing yet.</p>
                ) : (
                  <ul
                    className="mt-2 flex flex-col gap-1 text-sm"
                    aria-label={`Latest stars of ${kid.displayName}`}
                  >
                    {kid.history.map((entry) => (
                      <li key={entry.id} className="flex justify-between gap-3">
                        <span>
                          {entry.reason}{" "}
                          <span className="text-ink-700">{when.format(entry.createdAt)}</span>
                        </span>
                        <strong className={entry.delta < 0 ? "text-red-800" : "text-green-800"}>
                          {entry.delta > 0 ? `+${entry.delta}` : entry.delta}
                        </strong>
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      <Panel id="offered-heading" title="Offered rewards">
        {rewards.length === 0 ? (
          <p className="text-ink-700">None yet. Add the first one below.</p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Rewards">
            {rewards.map((reward) => (
              <li
                key={reward.id}
                className={`flex flex-wrap items-center justify-between gap-3 rounded-2xl p-4 ${reward.active ? "bg-sun-50" : "bg-stone-100"}`}
              >
                <span className="flex items-center gap-3">
                  <span aria-hidden className="text-3xl">
                    {reward.emoji}
                  </span>
                  <span>
                    <strong>{reward.name}</strong> · {reward.cost} stars
                    {!reward.active && (
                      <span className="text-ink-700"> · hidden from the tablet</span>
                    )}
                  </span>
                </span>
                <AttachedPhoto
                  photoId={reward.photoId}
                  name={reward.name}
                  action={setRewardPhotoAction}
                  fields={{ rewardId: reward.id }}
                />
                <ActionButton
                  action={reward.active ? retireRewardAction : offerRewardAction}
                  fields={{ rewardId: reward.id }}
                >
                  {reward.active ? "Hide" : "Offer again"}
                  <span className="sr-only"> {reward.name}</span>
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="add-reward-heading" title="Add a reward">
        <NewRewardForm />
      </Panel>
    </>
  );
}
