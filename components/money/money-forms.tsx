"use client";
// The forms of a kid's money page (issue 20). Amounts are typed as people write them ("12,50"):
// the server reads them in the family's currency.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { fieldError, typedValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { KidForm } from "@/components/ui/kid-form";
import type { ActionState } from "@/lib/actions/validated-action";
import {
  changeMoneyAction,
  correctPointsAction,
  exchangeAction,
  moveMoneyAction,
} from "@/lib/money/actions";

const JARS = ["SPEND", "SAVE", "GIVE"] as const;

function JarSelect({
  id,
  name,
  label,
  state,
  initial = "SPEND",
}: {
  id: string;
  name: string;
  label: string;
  state: ActionState | null;
  initial?: (typeof JARS)[number];
}) {
  const t = useTranslations("money");
  return (
    <SelectField
      id={id}
      name={name}
      label={label}
      defaultValue={typedValue(state, name) ?? initial}
      error={fieldError(state, name)}
    >
      {JARS.map((jar) => (
        <option key={jar} value={jar}>
          {t(`jars.${jar}`)}
        </option>
      ))}
    </SelectField>
  );
}

export function MoneyInOutForm({ kidId, currency }: { kidId: string; currency: string }) {
  const t = useTranslations("money.inOut");
  return (
    <KidForm action={changeMoneyAction} label={t("title")} kidId={kidId} submit={t("save")}>
      {(state) => (
        <>
          <SelectField
            id="money-kind"
            name="kind"
            label={t("kind")}
            defaultValue={typedValue(state, "kind") ?? "DEPOSIT"}
          >
            <option value="DEPOSIT">{t("in")}</option>
            <option value="WITHDRAWAL">{t("out")}</option>
          </SelectField>
          <div className="grid gap-4 sm:grid-cols-2">
            <JarSelect id="money-jar" name="jar" label={t("jar")} state={state} />
            <Field
              label={t("amount", { currency })}
              name="amount"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={typedValue(state, "amount")}
              error={fieldError(state, "amount")}
            />
          </div>
          <Field
            label={t("note")}
            name="note"
            maxLength={80}
            placeholder={t("notePlaceholder")}
            defaultValue={typedValue(state, "note")}
            error={fieldError(state, "note")}
          />
        </>
      )}
    </KidForm>
  );
}

export function MoveForm({ kidId, currency }: { kidId: string; currency: string }) {
  const t = useTranslations("money.move");
  return (
    <KidForm action={moveMoneyAction} label={t("title")} kidId={kidId} submit={t("save")}>
      {(state) => (
        <div className="grid gap-4 sm:grid-cols-3">
          <JarSelect id="move-from" name="from" label={t("from")} state={state} />
          <JarSelect id="move-to" name="to" label={t("to")} state={state} initial="SAVE" />
          <Field
            label={t("amount", { currency })}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={typedValue(state, "amount")}
            error={fieldError(state, "amount")}
          />
        </div>
      )}
    </KidForm>
  );
}

export function CorrectionForm({ kidId }: { kidId: string }) {
  const t = useTranslations("money.correct");
  return (
    <KidForm action={correctPointsAction} label={t("title")} kidId={kidId} submit={t("save")}>
      {(state) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="correct-direction"
              name="direction"
              label={t("direction")}
              defaultValue={typedValue(state, "direction") ?? "add"}
            >
              <option value="add">{t("add")}</option>
              <option value="remove">{t("remove")}</option>
            </SelectField>
            <Field
              label={t("stars")}
              name="stars"
              type="number"
              inputMode="numeric"
              min={1}
              defaultValue={typedValue(state, "stars")}
              error={fieldError(state, "stars")}
            />
          </div>
          <Field
            label={t("reason")}
            name="reason"
            maxLength={80}
            placeholder={t("reasonPlaceholder")}
            hint={t("reasonHint")}
            defaultValue={typedValue(state, "reason")}
            error={fieldError(state, "reason")}
          />
        </>
      )}
    </KidForm>
  );
}

export function ExchangeForm({ kidId, rate }: { kidId: string; rate: string }) {
  const t = useTranslations("money.exchange");
  return (
    <KidForm action={exchangeAction} label={t("title")} kidId={kidId} submit={t("save")}>
      {(state) => (
        <Field
          label={t("stars")}
          name="stars"
          type="number"
          inputMode="numeric"
          min={1}
          hint={t("rate", { rate })}
          defaultValue={typedValue(state, "stars")}
          error={fieldError(state, "stars")}
        />
      )}
    </KidForm>
  );
}
