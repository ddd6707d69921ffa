"use client";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { PictureRadios } from "@/components/ui/picture-radios";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createRewardAction } from "@/lib/points/actions";

export const REWARD_EMOJIS = ["🍦", "🎮", "📺", "🛝", "🧸", "🍕", "🎨", "📚", "🚲", "🌙"] as const;

export function NewRewardForm() {
  const [state, action] = useActionState(createRewardAction, null);
  // Controlled, so React's reset after a save keeps it: parents add rewards in runs at one price.
  // The name clears for the next reward.
  const [cost, setCost] = useState("50");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="New reward">
      <FormStatus state={state} />
      <Field
        id="reward-name"
        label="Reward"
        name="name"
        maxLength={60}
        placeholder="Ice cream after dinner"
        defaultValue={typedValue(state, "name")}
        error={fieldError(state, "name")}
      />
      <PictureRadios name="emoji" pictures={REWARD_EMOJIS} />
      <Field
        id="reward-cost"
        label="Costs (stars)"
        name="cost"
        type="number"
        inputMode="numeric"
        min={1}
        max={100000}
        value={cost}
        onChange={(event) => setCost(event.target.value)}
        hint="A finished routine earns 10 stars and a logged habit 5: 50 is about a week of mornings."
        error={fieldError(state, "cost")}
      />
      <SubmitButton pendingLabel="Adding…">Add reward</SubmitButton>
    </form>
  );
}
