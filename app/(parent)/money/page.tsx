import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { Panel } from "@/components/layout/panel";
import { MoneySettingsForm } from "@/components/money/money-settings-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { moneyTotals } from "@/lib/money/queries";
import { formatMoney, minorPerMajor } from "@/lib/money/rules";
import { balances } from "@/lib/points/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("money");
  return { title: t("title") };
}

/** Every kid's stars and money at a glance, and the family's currency and exchange rate. */
export default async function MoneyPage() {
  const session = await parentPage("/money");
  const [family, members, stars, money, t, locale] = await Promise.all([
    getFamily(session.familyId),
    listMembers(session.familyId),
    balances(session.familyId),
    moneyTotals(session.familyId),
    getTranslations("money"),
    getLocale(),
  ]);
  const kids = members.filter((m) => m.role === "CHILD");
  const per = minorPerMajor(family.currency);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {kids.length === 0 ? (
        <EmptyState emoji="🪙" title={t("noKids")} />
      ) : (
        <ul aria-label={t("kids")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {kids.map((kid) => (
            <li key={kid.id} className="min-w-0">
              <Link
                href={`/money/${kid.id}`}
                className="flex items-center gap-3 rounded-3xl bg-white p-4 shadow ring-1 ring-black/5 hover:ring-leaf-700"
              >
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-lg font-bold">{kid.displayName}</span>
                  <span className="block text-ink-700">
                    {formatMoney(money.get(kid.id) ?? 0, family.currency, locale)} ·{" "}
                    {t("starCount", { count: stars.get(kid.id) ?? 0 })}
                  </span>
                </span>
                <span aria-hidden className="text-xl rtl:-scale-x-100">
                  →
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Panel id="money-settings-heading" title={t("settings.title")} intro={t("settings.intro")}>
        <MoneySettingsForm
          currency={family.currency}
          exchange={
            family.exchangePoints && family.exchangeMinor
              ? {
                  stars: family.exchangePoints,
                  amount: (family.exchangeMinor / per).toFixed(Math.log10(per)),
                }
              : null
          }
        />
      </Panel>
    </>
  );
}
