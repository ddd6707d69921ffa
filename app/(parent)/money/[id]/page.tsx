import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Panel } from "@/components/layout/panel";
import { GoalPanel } from "@/components/money/goal-panel";
import { JarsView } from "@/components/money/jars-view";
import {
  CorrectionForm,
  ExchangeForm,
  MoneyInOutForm,
  MoveForm,
} from "@/components/money/money-forms";
import { AllowanceForm, GoalForm } from "@/components/money/plan-forms";
import { PageHeader } from "@/components/ui/page-header";
import { parentPage } from "@/lib/auth/session";
import { getFamily, getMember } from "@/lib/families/queries";
import { allowanceOutlook, planOf } from "@/lib/money/allowance";
import { goalProgress } from "@/lib/money/goals";
import { jarBalances, kidRoutines, moneyEntries, paydays } from "@/lib/money/queries";
import { formatMoney, minorPerMajor } from "@/lib/money/rules";
import { orNotFound, uuidParam } from "@/lib/pages";
import { memberBalance, recentEntries } from "@/lib/points/queries";
import { listRewards } from "@/lib/points/rewards";
import { weekdayNames } from "@/lib/routines/rules";
import { formatDate, formatDay } from "@/lib/time/format";
import { localDateAt } from "@/lib/time/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("money");
  return { title: t("kid.title") };
}

/**
 * One kid's stars and money (issue 20): the jars, money in and out, moves, the allowance, a
 * savings goal, stars corrected by hand or turned into money, and what happened. Only parents see
 * it; on the tablet, only this kid sees their own.
 */
export default async function KidMoneyPage({ params }: PageProps<"/money/[id]">) {
  const session = await parentPage("/money");
  const kidId = uuidParam((await params).id);
  const [family, kid, t, locale] = await Promise.all([
    getFamily(session.familyId),
    orNotFound(getMember(session.familyId, kidId)),
    getTranslations("money"),
    getLocale(),
  ]);
  if (kid.role !== "CHILD") notFound();
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const [jars, plan, outlook, goal, rewards, routines, entries, stars, starHistory, paid] =
    await Promise.all([
      jarBalances(family.id, kid.id),
      planOf(family.id, kid.id),
      allowanceOutlook(family.id, kid.id, today),
      goalProgress(family.id, kid.id),
      listRewards(family.id, { activeOnly: true }),
      kidRoutines(family.id, kid.id),
      moneyEntries(family.id, kid.id, 20),
      memberBalance(family.id, kid.id),
      recentEntries(family.id, kid.id, 10),
      paydays(family.id, kid.id, 6),
    ]);
  const money = (minor: number) => formatMoney(minor, family.currency, locale);
  const per = minorPerMajor(family.currency);
  const rate =
    family.exchangePoints && family.exchangeMinor
      ? t("exchange.rateValue", {
          stars: family.exchangePoints,
          money: money(family.exchangeMinor),
        })
      : null;
  return (
    <>
      <PageHeader
        title={t("kid.heading", { name: kid.displayName })}
        back={{ href: "/money", label: t("title") }}
        description={t("kid.description", { name: kid.displayName })}
      />
      <Panel id="jars-heading" title={t("jarsTitle")}>
        <JarsView jars={jars} format={money} />
        {outlook && (
          <p className="mt-3 text-ink-700">
            {t("nextPayday", {
              amount: money(outlook.amount),
              day: formatDay(outlook.payday, "long", locale),
            })}
            {outlook.needed > 0 &&
              ` ${t("conditionSoFar", { done: outlook.done, needed: outlook.needed })}`}
          </p>
        )}
      </Panel>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="in-out-heading" title={t("inOut.title")}>
          <MoneyInOutForm kidId={kid.id} currency={family.currency} />
        </Panel>
        <Panel id="move-heading" title={t("move.title")}>
          <MoveForm kidId={kid.id} currency={family.currency} />
        </Panel>
      </div>
      <Panel id="allowance-heading" title={t("allowance.title")} intro={t("allowance.intro")}>
        <AllowanceForm
          kidId={kid.id}
          currency={family.currency}
          routines={routines}
          weekdays={weekdayNames(locale, "long")}
          wallet={{
            ...plan,
            allowance: plan.allowance > 0 ? (plan.allowance / per).toFixed(Math.log10(per)) : "",
          }}
        />
        {paid.length > 0 && (
          <div className="mt-6 border-t border-stone-200 pt-4">
            <h3 className="font-semibold">{t("allowance.paydays")}</h3>
            <ul className="mt-1 flex flex-col divide-y divide-stone-200">
              {paid.map((p) => (
                <li key={p.id} className="flex flex-wrap justify-between gap-x-3 py-2">
                  <span>{formatDay(p.payday.toISOString().slice(0, 10), "long", locale)}</span>
                  <span className={p.amount > 0 ? "text-green-800" : "font-semibold text-red-800"}>
                    {p.amount > 0
                      ? t("allowance.paid", { amount: money(p.amount) })
                      : t("allowance.notPaid", { done: p.done ?? 0, needed: p.needed ?? 0 })}
                    {p.amount > 0 && p.needed
                      ? ` · ${t("allowance.paidCount", { done: p.done ?? 0, needed: p.needed })}`
                      : ""}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Panel>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="goal-heading" title={t("goal.title")}>
          {goal && <GoalPanel kidId={kid.id} goal={goal} format={money} />}
          <GoalForm
            kidId={kid.id}
            currency={family.currency}
            rewards={rewards.filter((r) => r.active)}
          />
        </Panel>
        <Panel id="stars-heading" title={t("correct.heading", { count: stars })}>
          <CorrectionForm kidId={kid.id} />
          {rate && (
            <div className="mt-6 border-t border-stone-200 pt-4">
              <ExchangeForm kidId={kid.id} rate={rate} />
            </div>
          )}
        </Panel>
      </div>
      <Panel id="history-heading" title={t("history.title")}>
        {entries.length === 0 && starHistory.length === 0 ? (
          <p className="text-ink-700">{t("history.empty")}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            <ul aria-label={t("history.money")} className="flex flex-col divide-y divide-stone-200">
              {entries.map((e) => (
                <li key={e.id} className="flex flex-wrap justify-between gap-x-3 py-2">
                  <span className="min-w-0 break-words">
                    {e.kind === "PAYOUT" ? t("history.payout") : e.note}
                    <span className="block text-sm text-ink-700">
                      {t(`jars.${e.jar}`)} · {formatDate(e.createdAt, family.timeZone, locale)}
                    </span>
                  </span>
                  <span
                    className={`font-bold tabular-nums ${e.amount < 0 ? "text-red-800" : "text-green-800"}`}
                  >
                    {e.amount > 0 ? "+" : ""}
                    {money(e.amount)}
                  </span>
                </li>
              ))}
            </ul>
            <ul aria-label={t("history.stars")} className="flex flex-col divide-y divide-stone-200">
              {starHistory.map((e) => (
                <li key={e.id} className="flex flex-wrap justify-between gap-x-3 py-2">
                  <span className="min-w-0 break-words">
                    {e.source === "EXCHANGE" ? t("history.exchanged") : e.reason}
                    <span className="block text-sm text-ink-700">
                      {formatDate(e.createdAt, family.timeZone, locale)}
                    </span>
                  </span>
                  <span
                    className={`font-bold tabular-nums ${e.delta < 0 ? "text-red-800" : "text-green-800"}`}
                  >
                    {e.delta > 0 ? "+" : ""}
                    {e.delta} ★
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Panel>
    </>
  );
}
