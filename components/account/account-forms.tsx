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
import { SelectField } from "@/components/ui/select-field";

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
      <SelectField
        id="field-locale"
        name="locale"
        label={t("label")}
        hint={t("hint")}
        error={error}
        defaultValue={typedValue(state, "locale") ?? locale ?? ""}
      >
        <option value="">{t("browser")}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code} translate="no">
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
