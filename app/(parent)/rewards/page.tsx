import { formatDate } from "@/lib/time/format";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Avatar } from "@/components/family/avatar";
import { ActionButton } from "@/components/ui/action-button";
import { AttachedPhoto } from "@/components/media/attached-photo";
import { Panel } from "@/components/layout/panel";
import { NewRewardForm } from "@/components/rewards/new-reward-form";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { offerRewardAction, retireRewardAction, setRewardPhotoAction } from "@/lib/points/actions";
import { balances, recentEntries } from "@/lib/points/queries";
import { listRewards } from "@/lib/points/rewards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rewards");
  return { title: t("title") };
}

const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function RewardsPage() {
  const session = await parentPage("/rewards");
  const [rewards, members, points, t, locale, family] = await Promise.all([
    listRewards(session.familyId),
    listMembers(session.familyId),
    balances(session.familyId),
    getTranslations("rewards"),
    getLocale(),
    getFamily(session.familyId),
  ]);
  const kids = await Promise.all(
    members
      .filter((m) => m.role === "CHILD")
      .map(async (kid) => ({ ...kid, history: await recentEntries(session.familyId, kid.id, 8) })),
  );
  const when = { format: (moment: Date) => formatDate(moment, family.timeZone, locale) };
  // What earned or spent the stars: a routine's or habit's name as it was, or a line the server
  // wrote in English ("Reward: Ice cream", "Undo: Morning"), said again in the reader's language.
  const reasonOf = (entry: { source: string; reason: string }) => {
    if (entry.source === "REWARD" && entry.reason.startsWith("Reward: "))
      return t("history.reward", { name: entry.reason.slice("Reward: ".length) });
    if (entry.source === "UNDO" && entry.reason.startsWith("Undo: "))
      return t("history.undo", { what: entry.reason.slice("Undo: ".length) });
    return entry.reason;
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {kids.length > 0 && (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("stars")}>
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
                  {t("balance", { count: points.get(kid.id) ?? 0 })}
                </span>
              </span>
              <details>
                <summary className="cursor-pointer text-sm font-semibold text-sky-800">
                  {t.rich("latest", { name: kid.displayName, hidden })}
                </summary>
                {kid.history.length === 0 ? (
                  <p className="mt-2 text-sm text-ink-700">{t("nothingYet")}</p>
                ) : (
                  <ul
                    className="mt-2 flex flex-col gap-1 text-sm"
                    aria-label={t("latestOf", { name: kid.displayName })}
                  >
                    {kid.history.map((entry) => (
                      <li key={entry.id} className="flex justify-between gap-3">
                        <span>
                          {reasonOf(entry)}{" "}
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
      <Panel id="offered-heading" title={t("offered")}>
        {rewards.length === 0 ? (
          <p className="text-ink-700">{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label={t("title")}>
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
                    {t.rich(reward.active ? "price" : "priceHidden", {
                      name: reward.name,
                      cost: reward.cost,
                      strong,
                      muted: (chunks) => <span className="text-ink-700">{chunks}</span>,
                    })}
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
                  {t.rich(reward.active ? "hide" : "offerAgain", { name: reward.name, hidden })}
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="add-reward-heading" title={t("add")}>
        <NewRewardForm />
      </Panel>
    </>
  );
}
