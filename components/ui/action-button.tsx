"use client";
import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClasses, type ButtonSize, type ButtonWeight } from "@/components/ui/button";
import { ConfirmDialog, type Confirmation } from "@/components/ui/confirm-dialog";
import type { ActionState } from "@/lib/actions/validated-action";

type Props = {
  action: (state: ActionState | null, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  children: React.ReactNode;
  variant?: ButtonWeight;
  size?: ButtonSize;
  /** Ask first (every destructive action does): the dialog's button sends the form. */
  confirm?: Confirmation;
};

/** A one-button form (archive, revoke, clear PIN …) that reports its outcome next to itself. */
export function ActionButton({
  action,
  fields,
  children,
  variant = "secondary",
  size = "sm",
  confirm,
}: Props) {
  const t = useTranslations("ui");
  const [state, formAction] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(false);
  return (
    <form ref={form} action={formAction} className="flex flex-col items-start gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <>
          <AskButton variant={variant} size={size} onClick={() => setAsking(true)}>
            {children}
          </AskButton>
          <ConfirmDialog
            open={asking}
            onOpenChange={setAsking}
            confirmation={confirm}
            onConfirm={() => form.current?.requestSubmit()}
          />
        </>
      ) : (
        <SubmitButton variant={variant} size={size} pendingLabel={t("working")}>
          {children}
        </SubmitButton>
      )}
      {state && !state.ok && <FormStatus state={state} />}
    </form>
  );
}

/** The button that opens the question; busy while the confirmed form is being sent. */
function AskButton({
  children,
  variant,
  size,
  onClick,
}: {
  children: React.ReactNode;
  variant: ButtonWeight;
  size: ButtonSize;
  onClick: () => void;
}) {
  const t = useTranslations("ui");
  const { pending } = useFormStatus();
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={pending}
      className={buttonClasses(variant, size)}
    >
      {pending ? t("working") : children}
    </button>
  );
}
