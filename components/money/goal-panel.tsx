import { useTranslations } from "next-intl";
import { StarTiles } from "@/components/tablet/star-tiles";
import { ActionButton } from "@/components/ui/action-button";
import { closeGoalAction } from "@/lib/money/actions";

type Goal = {
  kind: "REWARD" | "WISH";
  label: string;
  emoji: string;
  price: number;
  have: number;
  reached: boolean;
  unit: number;
};

/** A kid's savings goal as the parent sees it: the tiles the kid sees, and a way to close it. */
export function GoalPanel({
  kidId,
  goal,
  format,
}: {
  kidId: string;
  goal: Goal;
  format: (minor: number) => string;
}) {
  const t = useTranslations("money.goal");
  const price = goal.kind === "WISH" ? format(goal.price) : t("stars", { count: goal.price });
  const have = goal.kind === "WISH" ? format(goal.have) : t("stars", { count: goal.have });
  return (
    <div className="mb-6 flex flex-col gap-3 border-b border-stone-200 pb-6">
      <p className="text-lg font-bold">
        <span aria-hidden>{goal.emoji} </span>
        {goal.label} · {price}
      </p>
      <StarTiles
        balance={Math.floor(goal.have / goal.unit)}
        cost={Math.ceil(goal.price / goal.unit)}
        label={goal.label}
        symbol={goal.kind === "WISH" ? "🪙" : "⭐"}
      />
      <p className={goal.reached ? "font-semibold text-green-900" : "text-ink-700"}>
        {goal.reached ? t("reached") : t("progress", { have, price })}
      </p>
      <ActionButton action={closeGoalAction} fields={{ kidId }} variant="quiet">
        {goal.reached ? t("bought") : t("close")}
      </ActionButton>
    </div>
  );
}
