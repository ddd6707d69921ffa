"use client";
// The forms of a kid's money page (issue 20). Amounts are typed as people write them ("12,50"):
// the server reads them in the family's currency.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/validated-action";
import {
  changeMoneyAction,
  correctPointsAction,
  exchangeAction,
  moveMoneyAction,
} from "@/lib/money/actions";

type Action = (state: ActionState | null, form: FormData) => Promise<ActionState>;
const JARS = ["SPEND", "SAVE", "GIVE"] as const;

/** A form that reports its outcome above itself and keeps what was typed when refused. */
export function MoneyForm({
  action,
  label,
  kidId,
  submit,
  children,
}: {
  action: Action;
  label: string;
  kidId: string;
  submit: string;
  children: (state: ActionState | null) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="kidId" value={kidId} />
      <FormStatus state={state} />
      {children(state)}
      <SubmitButton variant="secondary">{submit}</SubmitButton>
    </form>
  );
}

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
    <MoneyForm action={changeMoneyAction} label={t("title")} kidId={kidId} submit={t("save")}>
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
    </MoneyForm>
  );
}

export function MoveForm({ kidId, currency }: { kidId: string; currency: string }) {
  const t = useTranslations("money.move");
  return (
    <MoneyForm action={moveMoneyAction} label={t("title")} kidId={kidId} submit={t("save")}>
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
    </MoneyForm>
  );
}

export function CorrectionForm({ kidId }: { kidId: string }) {
  const t = useTranslations("money.correct");
  return (
    <MoneyForm action={correctPointsAction} label={t("title")} kidId={kidId} submit={t("save")}>
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
    </MoneyForm>
  );
}

export function ExchangeForm({ kidId, rate }: { kidId: string; rate: string }) {
  const t = useTranslations("money.exchange");
  return (
    <MoneyForm action={exchangeAction} label={t("title")} kidId={kidId} submit={t("save")}>
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
    </MoneyForm>
  );
}
