"use client";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonSize, type ButtonWeight } from "@/components/ui/button";

type Props = {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: ButtonWeight;
  size?: ButtonSize;
};

/** Disabled while its form is submitting, so a double click sends one request. */
export function SubmitButton({ children, pendingLabel, variant = "primary", size = "md" }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClasses(variant, size)}
    >
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}
