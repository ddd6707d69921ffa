"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { signUpAction } from "@/lib/auth/actions";

export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations("auth.signUp");
  const [state, action] = useActionState(signUpAction, null);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <Field
        label={t("name")}
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={typedValue(state, "name")}
        error={fieldError(state, "name")}
      />
      <Field
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={typedValue(state, "email")}
        error={fieldError(state, "email")}
      />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint={t("passwordHint")}
        error={fieldError(state, "password")}
      />
      {next && <input type="hidden" name="next" value={next} />}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      <p className="text-ink-700">
        {t.rich("haveAccount", {
          link: (chunks) => (
            <Link
              href={next ? `/login?next=${encodeURIComponent(next)}` : "/login"}
              className="font-semibold underline"
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
    </form>
  );
}
