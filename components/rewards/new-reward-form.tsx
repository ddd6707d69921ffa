"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { PictureRadios } from "@/components/ui/picture-radios";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createRewardAction } from "@/lib/points/actions";

export const REWARD_EMOJIS = ["🍦", "🎮", "📺", "🛝", "🧸", "🍕", "🎨", "📚", "🚲", "🌙"] as const;

export function NewRewardForm() {
  const t = useTranslations("rewards.form");
  const [state, action] = useActionState(createRewardAction, null);
  // Controlled, so React's reset after a save keeps it: parents add rewards in runs at one price.
  // The name clears for the next reward.
  const [cost, setCost] = useState("50");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("label")}>
      <FormStatus state={state} />
      <Field
        id="reward-name"
        label={t("name")}
        name="name"
        maxLength={60}
        placeholder={t("namePlaceholder")}
        defaultValue={typedValue(state, "name")}
        error={fieldError(state, "name")}
      />
      <PictureRadios name="emoji" pictures={REWARD_EMOJIS} />
      <Field
        id="reward-cost"
        label={t("cost")}
        name="cost"
        type="number"
        inputMode="numeric"
        min={1}
        max={100000}
        value={cost}
        onChange={(event) => setCost(event.target.value)}
        hint={t("costHint")}
        error={fieldError(state, "cost")}
      />
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}
