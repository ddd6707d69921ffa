"use client";
// One item of a kid's past day that a parent can tick or untick (issue 17). The box turns at once;
// the server decides (the rules of every door), then the page shows what was stored, and a toast
// says what happened, or why not.
import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { useToast } from "@/components/ui/toast";
import { correctCheckAction } from "@/lib/checks/actions";

type Props = {
  kidId: string;
  itemId: string;
  date: string;
  label: string;
  checked: boolean;
  /** The audit line of the latest change, if a parent made one ("Added by Anna, 14:02"). */
  note?: string;
};

export function CheckToggle({ kidId, itemId, date, label, checked, note }: Props) {
  const t = useTranslations("dashboard.check");
  const [shown, setShown] = useOptimistic(checked);
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const toggle = () =>
    startTransition(async () => {
      setShown(!shown);
      const form = new FormData();
      Object.entries({ kidId, itemId, date, checked: String(!shown) }).forEach(([name, value]) =>
        form.append(name, value),
      );
      const result = await correctCheckAction(null, form);
      toast(
        result.message ?? (result.ok ? t("saved") : t("failed")),
        result.ok ? "done" : "problem",
      );
    });
  return (
    <li className="flex flex-col">
      <button
        type="button"
        role="checkbox"
        aria-checked={shown}
        aria-busy={pending || undefined}
        onClick={toggle}
        className={`flex min-h-12 items-center gap-3 rounded-2xl px-3 py-2 text-start text-lg ring-2 transition-colors ${
          shown ? "bg-green-50 ring-leaf-600" : "bg-white ring-stone-300 hover:bg-sun-100"
        }`}
      >
        <span
          aria-hidden
          className={`grid size-8 shrink-0 place-items-center rounded-lg border-2 text-xl ${
            shown ? "border-leaf-700 bg-leaf-700 text-white" : "border-stone-400 bg-white"
          }`}
        >
          {shown ? "✓" : ""}
        </span>
        <span className="min-w-0 break-words">{label}</span>
      </button>
      {note && <span className="px-3 pt-1 text-sm text-ink-700">{note}</span>}
    </li>
  );
}
