import type { ComponentProps } from "react";

type Props = ComponentProps<"select"> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled list to choose from, with its hint and error wired up for screen readers. */
export function SelectField({ id, label, hint, error, className, children, ...select }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    // min-w-0: a long option (a routine's long name) shrinks the list instead of widening the form.
    <div className={`flex min-w-0 flex-col gap-1.5 ${className ?? ""}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        className={`min-h-12 min-w-0 rounded-xl border-2 bg-white px-3 text-lg ${
          error ? "border-red-600" : "border-stone-300 focus:border-sky-600"
        }`}
        {...select}
      >
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-ink-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
