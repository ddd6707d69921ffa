"use client";
// On a kid's own rewards screen (issue 20): their money in jars, what they are saving for as
// tiles to count, and stars a grown-up added or took away, with why. Only this kid's page shows
// it (a PIN kid's page needs their PIN); the faces page and the dashboard never do.
import { useLocale, useTranslations } from "next-intl";
import { JarsView } from "@/components/money/jars-view";
import { StarTiles } from "@/components/tablet/star-tiles";
import { formatMoney, type Jar } from "@/lib/money/rules";
import { formatDay } from "@/lib/time/format";

type Goal = {
  kind: "REWARD" | "WISH";
  label: string;
  emoji: string;
  price: number;
  have: number;
  unit: number;
  reached: boolean;
};

type Allowance = {
  payday: string;
  amount: number;
  done: number;
  needed: number;
  routine: { name: string; icon: string } | null;
} | null;

export function KidMoney({
  jars,
  currency,
  goal,
  changes,
  allowance,
}: {
  jars: Record<Jar, number> | null;
  currency: string;
  goal: Goal | null;
  changes: { id: string; delta: number; reason: string }[];
  allowance: Allowance;
}) {
  const t = useTranslations("money.tablet");
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, currency, locale);
  if (!jars && !goal && changes.length === 0) return null;
  return (
    <section
      aria-labelledby="kid-money-heading"
      className="flex flex-col gap-4 rounded-3xl bg-white p-4 shadow sm:p-6"
    >
      <h2 id="kid-money-heading" className="text-2xl font-extrabold">
        <span aria-hidden>🪙 </span>
        {t("mine")}
      </h2>
      {jars && <JarsView jars={jars} format={money} size="lg" />}
      {allowance && (
        <div className="flex flex-col gap-2">
          <p className="text-xl font-bold">
            {t("allowance", {
              amount: money(allowance.amount),
              day: formatDay(allowance.payday, "weekdayLong", locale),
            })}
          </p>
          {allowance.needed > 0 && allowance.routine && (
            <>
              <p className="text-lg">
                <span aria-hidden>{allowance.routine.icon} </span>
                {t("condition", {
                  routine: allowance.routine.name,
                  done: allowance.done,
                  needed: allowance.needed,
                })}
              </p>
              <StarTiles
                balance={allowance.done}
                cost={allowance.needed}
                label={allowance.routine.name}
                symbol={allowance.routine.icon}
              />
            </>
          )}
        </div>
      )}
      {goal && (
        <div className="flex flex-col gap-2">
          <p className="text-xl font-bold">
            <span aria-hidden className="text-3xl">
              {goal.emoji}{" "}
            </span>
            {goal.reached
              ? t("goalReached", { goal: goal.label })
              : t("goal", { goal: goal.label })}
          </p>
          <StarTiles
            balance={Math.floor(goal.have / goal.unit)}
            cost={Math.ceil(goal.price / goal.unit)}
            label={goal.label}
            symbol={goal.kind === "WISH" ? "🪙" : "⭐"}
          />
        </div>
      )}
      {changes.length > 0 && (
        <ul aria-label={t("changes")} className="flex flex-col gap-2">
          {changes.map((change) => (
            <li
              key={change.id}
              className="flex items-center gap-3 rounded-2xl bg-amber-50 px-4 py-2 text-lg"
            >
              <span
                className={`shrink-0 font-extrabold tabular-nums ${change.delta < 0 ? "text-red-800" : "text-green-800"}`}
              >
                {change.delta > 0 ? "+" : ""}
                {change.delta} <span aria-hidden>⭐</span>
                <span className="sr-only">{t("stars", { count: Math.abs(change.delta) })}</span>
              </span>
              <span className="min-w-0 break-words">{change.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
