"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction } from "@/lib/auth/actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth.signIn");
  const [state, action] = useActionState(signInAction, null);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
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
        autoComplete="current-password"
        required
        error={fieldError(state, "password")}
      />
      {next && <input type="hidden" name="next" value={next} />}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      <p className="text-ink-700">
        {t.rich("newHere", {
          link: (chunks) => (
            <Link
              href={next ? `/signup?next=${encodeURIComponent(next)}` : "/signup"}
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
