import { kidLocale } from "@/components/tablet/kid-language";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Avatar } from "@/components/family/avatar";
import { KidMoney } from "@/components/tablet/kid-money";
import { KidRewards } from "@/components/tablet/kid-rewards";
import { kidMoney } from "@/lib/money/kid";
import { orNotFound, uuidParam } from "@/lib/pages";
import { memberBalance } from "@/lib/points/queries";
import { listRewards, memberRequests } from "@/lib/points/rewards";
import { answerStillShown } from "@/lib/points/rules";
import { findTabletKid } from "@/lib/tablet/queries";
import { env } from "@/lib/env";
import { mayActFor, tabletPage } from "@/lib/tablet/session";

export default async function KidRewardsPage({ params }: PageProps<"/tablet/kid/[id]/rewards">) {
  const session = await tabletPage();
  const id = uuidParam((await params).id);
  const kid = await orNotFound(findTabletKid(session.familyId, id));
  if (!mayActFor(session, kid)) redirect(`/tablet/kid/${kid.id}`);
  const [balance, rewards, requests, t, money] = await Promise.all([
    memberBalance(session.familyId, kid.id),
    listRewards(session.familyId, { activeOnly: true }),
    memberRequests(session.familyId, kid.id, 20),
    kidLocale(kid.language).then((locale) =>
      getTranslations({ locale, namespace: "tablet.rewards" }),
    ),
    kidMoney(session.familyId, kid.id),
  ]);
  // Newest first: the first request seen for a reward is its latest. An answer shows for a day.
  const now = new Date();
  const seen = new Set<string>();
  const latest: Record<string, "PENDING" | "APPROVED" | "DENIED"> = {};
  for (const request of requests) {
    if (seen.has(request.rewardId)) continue;
    seen.add(request.rewardId);
    if (answerStillShown(request, now)) latest[request.rewardId] = request.status;
  }
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-6">
      {/* Back, who, stars: three columns that stay in one row on a phone too (issue 17). */}
      <div className="grid grid-cols-[auto_1fr_auto] items-center gap-3">
        <Link
          href={`/tablet/kid/${kid.id}`}
          className="grid min-h-16 min-w-16 place-items-center rounded-full bg-white px-5 text-3xl shadow"
        >
          <span aria-hidden className="rtl:-scale-x-100">
            ⬅️
          </span>
          <span className="sr-only">{t("back")}</span>
        </Link>
        <div className="flex min-w-0 items-center justify-center gap-3">
          <span className="hidden sm:block">
            <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} size="lg" />
          </span>
          <span className="sm:hidden">
            <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
          </span>
          <h1 className="min-w-0 truncate text-2xl font-extrabold sm:text-4xl">
            {kid.displayName}
          </h1>
        </div>
        <p className="rounded-full bg-amber-100 px-4 py-2 text-2xl font-extrabold whitespace-nowrap text-amber-900 sm:px-6 sm:py-3 sm:text-3xl">
          <span aria-hidden>⭐ </span>
          {balance}
          <span className="sr-only"> {t("stars", { count: balance })}</span>
        </p>
      </div>
      <KidRewards
        kidId={kid.id}
        balance={balance}
        rewards={rewards}
        latest={latest}
        idleMs={env().TABLET_IDLE_SECONDS * 1000}
        look={kid.look}
        goalRewardId={money.goal?.rewardId ?? null}
      />
      <KidMoney {...money} />
    </main>
  );
}
