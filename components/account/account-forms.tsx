"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeEmailAction, changeNameAction, changePasswordAction } from "@/lib/auth/actions";

export function ChangeNameForm({ name }: { name: string }) {
  const [state, action] = useActionState(changeNameAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="Your name">
      <FormStatus state={state} />
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={typedValue(state, "name") ?? name}
        error={fieldError(state, "name")}
      />
      <SubmitButton variant="secondary">Save name</SubmitButton>
    </form>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  const [state, action] = useActionState(changeEmailAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="Your email">
      <FormStatus state={state} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={typedValue(state, "email") ?? email}
        error={fieldError(state, "email")}
      />
      <Field
        id="email-password"
        label="Your password, to confirm"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, "password")}
      />
      <SubmitButton variant="secondary">Change email</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="Your password">
      <FormStatus state={state} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, "currentPassword")}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint="Changing it signs you out everywhere else."
        error={fieldError(state, "newPassword")}
      />
      <SubmitButton variant="secondary">Change password</SubmitButton>
    </form>
  );
}
