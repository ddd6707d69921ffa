"use client";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/validated-action";

type Action = (state: ActionState | null, form: FormData) => Promise<ActionState>;

/**
 * A form about one kid (the money and away pages): it reports its outcome above itself and keeps
 * what was typed when refused.
 */
export function KidForm({
  action,
  label,
  kidId,
  submit,
  children,
}: {
  action: Action;
  label: string;
  kidId: string;
  submit: string;
  children: (state: ActionState | null) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="kidId" value={kidId} />
      <FormStatus state={state} />
      {children(state)}
      <SubmitButton variant="secondary">{submit}</SubmitButton>
    </form>
  );
}
