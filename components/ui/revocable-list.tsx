"use client";
// A list of secret addresses a parent made (calendar addresses, trigger addresses): what each
// does, when it was made, and a Revoke button that asks first.
import { ActionButton } from "@/components/ui/action-button";
import type { ActionState } from "@/lib/actions/validated-action";

type Action = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

export function RevocableList({
  items,
  action,
  field,
  texts,
}: {
  items: { id: string; title: string; detail: string }[];
  action: Action;
  /** The form field that names the item to revoke. */
  field: string;
  texts: {
    listTitle: string;
    listLabel: string;
    none: string;
    revoke: string;
    confirm: { title: string; description: string; confirmLabel: string };
  };
}) {
  return (
    <div>
      <h3 className="font-bold">{texts.listTitle}</h3>
      {items.length === 0 ? (
        <p className="text-ink-700">{texts.none}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3" aria-label={texts.listLabel}>
          {items.map((item) => (
            <li
              key={item.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
            >
              <p className="min-w-0">
                <strong className="break-words">{item.title}</strong>{" "}
                <span className="text-sm text-ink-700">{item.detail}</span>
              </p>
              <ActionButton
                action={action}
                fields={{ [field]: item.id }}
                variant="destructive"
                confirm={texts.confirm}
              >
                {texts.revoke}
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
