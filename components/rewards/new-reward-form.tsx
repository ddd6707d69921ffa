"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, fieldError, typedValue } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { createRewardAction } from "@/lib/points/actions";

export const REWARD_EMOJIS = ["🍦", "🎮", "📺", "🛝", "🧸", "🍕", "🎨", "📚", "🚲", "🌙"] as const;

export function NewRewardForm() {
  const [state, action] = useActionState(createRewardAction, null);
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
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">Picture</legend>
        <div className="flex flex-wrap gap-2">
          {REWARD_EMOJIS.map((emoji, i) => (
            <label key={emoji} className="relative cursor-pointer">
              <input
                type="radio"
                name="emoji"
                value={emoji}
                defaultChecked={i === 0}
                aria-label={`Picture ${emoji}`}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span
                aria-hidden
                className="grid size-12 place-items-center rounded-xl bg-sun-100 text-2xl peer-checked:bg-white peer-checked:ring-4 peer-checked:ring-sky-600"
              >
                {emoji}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id="reward-cost"
        label="Costs (points)"
        name="cost"
        type="number"
        inputMode="numeric"
        min={1}
        max={100000}
        defaultValue={typedValue(state, "cost") ?? "50"}
        hint="A finished routine earns 10 points and a logged habit 5: 50 is about a week of mornings."
        error={fieldError(state, "cost")}
      />
      <SubmitButton pendingLabel="Adding…">Add reward</SubmitButton>
    </form>
  );
}
