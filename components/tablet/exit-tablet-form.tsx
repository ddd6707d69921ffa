"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { exitTabletAction } from "@/lib/tablet/actions";

export function ExitTabletForm() {
  const t = useTranslations("tabletAdmin.exit");
  const [state, action] = useActionState(exitTabletAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <Field
        label={t("email")}
        name="email"
        defaultValue={typedValue(state, "email")}
        type="email"
        autoComplete="off"
        required
        error={fieldError(state, "email")}
      />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="off"
        required
        error={fieldError(state, "password")}
      />
      <SubmitButton pendingLabel={t("checking")}>{t("leave")}</SubmitButton>
      <Link href="/tablet" className="font-semibold underline">
        {t("cancel")}
      </Link>
    </form>
  );
}
