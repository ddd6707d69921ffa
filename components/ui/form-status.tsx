import type { ActionState } from "@/lib/actions/validated-action";

/** The outcome of a form: announced to screen readers, green for success, red for a problem. */
export function FormStatus({ state }: { state: ActionState | null }) {
  if (!state?.message) return <p role="status" className="sr-only" aria-live="polite" />;
  return state.ok ? (
    <p
      role="status"
      aria-live="polite"
      className="rounded-xl bg-green-100 px-4 py-3 font-semibold text-green-900"
    >
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-xl bg-red-100 px-4 py-3 font-semibold text-red-900">
      {state.message}
    </p>
  );
}

export function fieldError(state: ActionState | null, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
}

export function typedValue(state: ActionState | null, name: string): string | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}
