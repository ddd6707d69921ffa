"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("ui");
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClasses(variant, size)}
    >
      {pending ? (pendingLabel ?? t("saving")) : children}
    </button>
  );
}
