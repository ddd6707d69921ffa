"use client";
import { useFormStatus } from "react-dom";

type Props = {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
};

const styles = {
  primary: "bg-leaf-700 text-white hover:bg-leaf-600",
  secondary: "bg-white text-ink-900 ring-2 ring-stone-300 hover:bg-sun-100",
  danger: "bg-white text-red-800 ring-2 ring-red-300 hover:bg-red-50",
};

/** Disabled while its form is submitting, so a double click sends one request. */
export function SubmitButton({ children, pendingLabel, variant = "primary" }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-12 rounded-full px-6 text-lg font-bold shadow-sm disabled:opacity-60 ${styles[variant]}`}
    >
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}
