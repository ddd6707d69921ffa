"use client";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/validated-action";

type Props = {
  action: (state: ActionState | null, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
};

/** A one-button form (archive, revoke, clear PIN …) that reports its outcome next to itself. */
export function ActionButton({ action, fields, children, variant = "secondary" }: Props) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel="Working…">
        {children}
      </SubmitButton>
      {state && !state.ok && <FormStatus state={state} />}
    </form>
  );
}
