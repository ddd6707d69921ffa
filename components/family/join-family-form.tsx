"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptInviteAction } from "@/lib/families/actions";

export function JoinFamilyForm({ token, familyName }: { token: string; familyName: string }) {
  const t = useTranslations("family.invite");
  const [state, action] = useActionState(acceptInviteAction, null);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("joining")}>{t("join", { family: familyName })}</SubmitButton>
    </form>
  );
}
