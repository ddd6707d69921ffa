"use client";
// The plan forms of a kid's money page (issue 20): the allowance with its jars and condition, and a
// savings goal. Amounts are typed as people write them; the server reads them in the currency.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { KidForm } from "@/components/ui/kid-form";
import { Field } from "@/components/ui/field";
import { fieldError, typedValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { saveWalletAction, setGoalAction } from "@/lib/money/actions";

export type WalletValues = {
  allowance: string;
  rhythm: "WEEKLY" | "MONTHLY";
  weekday: number;
  monthDay: number;
  conditionRoutineId: string | null;
  conditionDays: number | null;
  savePct: number;
  givePct: number;
};

export function AllowanceForm({
  kidId,
  currency,
  wallet,
  routines,
  weekdays,
}: {
  kidId: string;
  currency: string;
  wallet: WalletValues;
  routines: { id: string; name: string }[];
  weekdays: string[];
}) {
  const t = useTranslations("money.allowance");
  const [rhythm, setRhythm] = useState(wallet.rhythm);
  const [routine, setRoutine] = useState(wallet.conditionRoutineId ?? "");
  return (
    <KidForm action={saveWalletAction} label={t("title")} kidId={kidId} submit={t("save")}>
      {(state) => (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field
              label={t("amount", { currency })}
              name="allowance"
              inputMode="decimal"
              autoComplete="off"
              hint={t("amountHint")}
              defaultValue={typedValue(state, "allowance") ?? wallet.allowance}
              error={fieldError(state, "allowance")}
            />
            <SelectField
              id="allowance-rhythm"
              name="rhythm"
              label={t("rhythm")}
              value={rhythm}
              onChange={(e) => setRhythm(e.target.value as "WEEKLY" | "MONTHLY")}
            >
              <option value="WEEKLY">{t("weekly")}</option>
              <option value="MONTHLY">{t("monthly")}</option>
            </SelectField>
            {rhythm === "WEEKLY" ? (
              <SelectField
                id="allowance-weekday"
                name="weekday"
                label={t("weekday")}
                defaultValue={wallet.weekday}
              >
                {weekdays.map((name, i) => (
                  <option key={name} value={i + 1}>
                    {name}
                  </option>
                ))}
              </SelectField>
            ) : (
              <SelectField
                id="allowance-monthday"
                name="monthDay"
                label={t("monthDay")}
                defaultValue={wallet.monthDay}
              >
                {Array.from({ length: 28 }, (_, i) => (
                  <option key={i} value={i + 1}>
                    {i + 1}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="allowance-routine"
              name="conditionRoutineId"
              label={t("condition")}
              value={routine}
              onChange={(e) => setRoutine(e.target.value)}
              hint={t("conditionHint")}
            >
              <option value="">{t("always")}</option>
              {routines.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </SelectField>
            {routine && (
              <Field
                label={t("days")}
                name="conditionDays"
                type="number"
                inputMode="numeric"
                min={1}
                max={31}
                defaultValue={typedValue(state, "conditionDays") ?? wallet.conditionDays ?? 5}
                error={fieldError(state, "conditionDays")}
              />
            )}
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">{t("jars")}</legend>
            <p className="text-sm text-ink-700">{t("jarsHint")}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                label={t("save_pct")}
                name="savePct"
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                defaultValue={typedValue(state, "savePct") ?? wallet.savePct}
                error={fieldError(state, "savePct")}
              />
              <Field
                label={t("give_pct")}
                name="givePct"
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                defaultValue={typedValue(state, "givePct") ?? wallet.givePct}
                error={fieldError(state, "givePct")}
              />
            </div>
          </fieldset>
        </>
      )}
    </KidForm>
  );
}

export function GoalForm({
  kidId,
  currency,
  rewards,
}: {
  kidId: string;
  currency: string;
  rewards: { id: string; name: string; emoji: string; cost: number }[];
}) {
  const t = useTranslations("money.goal");
  const [kind, setKind] = useState<"WISH" | "REWARD">("WISH");
  return (
    <KidForm action={setGoalAction} label={t("title")} kidId={kidId} submit={t("save")}>
      {(state) => (
        <>
          <SelectField
            id="goal-kind"
            name="kind"
            label={t("kind")}
            value={kind}
            onChange={(e) => setKind(e.target.value as "WISH" | "REWARD")}
          >
            <option value="WISH">{t("wish")}</option>
            {rewards.length > 0 && <option value="REWARD">{t("reward")}</option>}
          </SelectField>
          {kind === "REWARD" ? (
            <SelectField id="goal-reward" name="rewardId" label={t("whichReward")}>
              {rewards.map((r) => (
                <option key={r.id} value={r.id}>
                  {`${r.emoji} ${r.name} (${t("stars", { count: r.cost })})`}
                </option>
              ))}
            </SelectField>
          ) : (
            <div className="grid grid-cols-[5rem_minmax(0,1fr)] gap-4">
              <Field
                label={t("emoji")}
                name="emoji"
                maxLength={16}
                defaultValue={typedValue(state, "emoji") ?? "🎁"}
                error={fieldError(state, "emoji")}
              />
              <Field
                label={t("label")}
                name="label"
                maxLength={60}
                placeholder={t("labelPlaceholder")}
                defaultValue={typedValue(state, "label")}
                error={fieldError(state, "label")}
              />
              <Field
                className="col-span-2"
                label={t("price", { currency })}
                name="price"
                inputMode="decimal"
                autoComplete="off"
                defaultValue={typedValue(state, "price")}
                error={fieldError(state, "price")}
              />
            </div>
          )}
        </>
      )}
    </KidForm>
  );
}
