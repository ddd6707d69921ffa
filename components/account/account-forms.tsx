"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  changeEmailAction,
  changeLocaleAction,
  changeNameAction,
  changePasswordAction,
} from "@/lib/auth/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

export function ChangeNameForm({ name }: { name: string }) {
  const t = useTranslations("account.name");
  const [state, action] = useActionState(changeNameAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
      <FormStatus state={state} />
      <Field
        label={t("label")}
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={typedValue(state, "name") ?? name}
        error={fieldError(state, "name")}
      />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations("account.email");
  const [state, action] = useActionState(changeEmailAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
      <FormStatus state={state} />
      <Field
        label={t("label")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={typedValue(state, "email") ?? email}
        error={fieldError(state, "email")}
      />
      <Field
        id="email-password"
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, "password")}
      />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const [state, action] = useActionState(changePasswordAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
      <FormStatus state={state} />
      <Field
        label={t("current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, "currentPassword")}
      />
      <Field
        label={t("new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint={t("newHint")}
        error={fieldError(state, "newPassword")}
      />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}

/**
 * The parent's own UI language (issue 18): one of ours, or the browser's (""). Saving redraws the
 * whole app in it, this form too, so its "saved" is said in the new language.
 */
export function ChangeLocaleForm({ locale }: { locale: string | null }) {
  const t = useTranslations("account.language");
  const [state, action] = useActionState(changeLocaleAction, null);
  const error = fieldError(state, "locale");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
      <FormStatus state={state?.ok ? { ok: true, message: t("saved") } : state} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="field-locale" className="font-semibold">
          {t("label")}
        </label>
        <select
          id="field-locale"
          name="locale"
          defaultValue={typedValue(state, "locale") ?? locale ?? ""}
          aria-describedby={error ? "field-locale-hint field-locale-error" : "field-locale-hint"}
          aria-invalid={error ? true : undefined}
          className={`min-h-12 rounded-xl border-2 bg-white px-3 text-lg ${
            error ? "border-red-600" : "border-stone-300 focus:border-sky-600"
          }`}
        >
          <option value="">{t("browser")}</option>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code} translate="no">
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
        <p id="field-locale-hint" className="text-sm text-ink-700">
          {t("hint")}
        </p>
        {error && (
          <p id="field-locale-error" className="text-sm font-semibold text-red-700">
            {error}
          </p>
        )}
      </div>
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
