"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveMoneySettingsAction } from "@/lib/money/actions";

/** The family's currency (every ISO 4217 code the browser knows, named in the reader's language). */
export function MoneySettingsForm({
  currency,
  exchange,
}: {
  currency: string;
  exchange: { stars: number; amount: string } | null;
}) {
  const t = useTranslations("money.settings");
  const locale = useLocale();
  const [state, action] = useActionState(saveMoneySettingsAction, null);
  const [allowed, setAllowed] = useState(exchange !== null);
  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "currency" });
    return Intl.supportedValuesOf("currency")
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale]);
  return (
    <form action={action} aria-label={t("title")} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <SelectField
        id="money-currency"
        name="currency"
        label={t("currency")}
        hint={t("currencyHint")}
        defaultValue={typedValue(state, "currency") ?? currency}
        error={fieldError(state, "currency")}
      >
        {/* Named by the browser's own Intl data, in the reader's language: not our words to
            translate (the tests' pseudo-language has none of its own). */}
        {currencies.map(({ code, name }) => (
          <option key={code} value={code} translate="no">
            {`${name} (${code})`}
          </option>
        ))}
      </SelectField>
      <label className="flex min-h-11 cursor-pointer items-start gap-3">
        <input
          type="checkbox"
          name="exchange"
          checked={allowed}
          onChange={(e) => setAllowed(e.target.checked)}
          className="mt-1 size-5 shrink-0 accent-leaf-700"
        />
        <span>
          <span className="font-semibold">{t("exchange")}</span>
          <span className="block text-sm text-ink-700">{t("exchangeHint")}</span>
        </span>
      </label>
      {allowed && (
        <div className="grid gap-4 ps-8 sm:grid-cols-2">
          <Field
            label={t("stars")}
            name="exchangeStars"
            type="number"
            inputMode="numeric"
            min={1}
            defaultValue={typedValue(state, "exchangeStars") ?? exchange?.stars ?? 10}
            error={fieldError(state, "exchangeStars")}
          />
          <Field
            label={t("makes")}
            name="exchangeAmount"
            inputMode="decimal"
            defaultValue={typedValue(state, "exchangeAmount") ?? exchange?.amount ?? ""}
            error={fieldError(state, "exchangeAmount")}
          />
        </div>
      )}
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
