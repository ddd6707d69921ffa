"use client";
import { useActionState } from "react";
import { AvatarPicker } from "@/components/family/avatar-picker";
import { Field } from "@/components/forms/field";
import { FormStatus, fieldError, typedValue } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addKidAction } from "@/lib/families/actions";

export function AddKidForm() {
  const [state, action] = useActionState(addKidAction, null);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate aria-label="Add a kid">
      <FormStatus state={state} />
      <Field
        label="Kid's name"
        name="displayName"
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={typedValue(state, "displayName")}
        error={fieldError(state, "displayName")}
      />
      <AvatarPicker
        idPrefix="new-kid"
        emoji={typedValue(state, "avatarEmoji")}
        color={typedValue(state, "avatarColor")}
        error={fieldError(state, "avatarEmoji") ?? fieldError(state, "avatarColor")}
      />
      <Field
        label="PIN (optional)"
        name="pin"
        inputMode="numeric"
        autoComplete="off"
        pattern="[0-9]{4}"
        maxLength={4}
        hint="4 digits the kid types on the family tablet. Leave empty for no PIN."
        error={fieldError(state, "pin")}
      />
      <SubmitButton pendingLabel="Adding…">Add kid</SubmitButton>
    </form>
  );
}
