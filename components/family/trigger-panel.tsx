"use client";
// Trigger addresses on the Family page (issue 19): a button by the door, an NFC tag or an
// automation POSTs to a secret address, and a kid's item is checked (or habit logged) as a tap.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RevocableList } from "@/components/ui/revocable-list";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { ShownOnce } from "@/components/ui/shown-once";
import { SubmitButton } from "@/components/ui/submit-button";
import { createTriggerAction, revokeTriggerAction } from "@/lib/triggers/actions";

export type TriggerChoice = {
  kidId: string;
  kid: string;
  items: { routineId: string; itemLineageId: string; label: string }[];
  habits: { habitId: string; label: string }[];
};

const select = "min-h-12 w-full rounded-xl border-2 border-stone-300 bg-white px-4 text-lg";

export function TriggerPanel({
  choices,
  triggers,
}: {
  choices: TriggerChoice[];
  triggers: { id: string; label: string; created: string }[];
}) {
  const t = useTranslations("family.triggers");
  const [state, action] = useActionState(createTriggerAction, null);
  const url = state?.ok ? state.data?.url : undefined;
  const error = fieldError(state, "target");
  return (
    <div className="flex flex-col gap-5">
      <p className="text-ink-700">{t("intro")}</p>
      <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
        {!url && <FormStatus state={state} />}
        <div className="flex flex-col gap-1.5">
          <label htmlFor="trigger-target" className="font-semibold">
            {t("what")}
          </label>
          <select
            id="trigger-target"
            name="target"
            className={select}
            aria-invalid={error ? true : undefined}
          >
            {choices.map((choice) => (
              <optgroup key={choice.kidId} label={choice.kid}>
                {choice.items.map((item) => (
                  <option
                    key={`${item.routineId}:${item.itemLineageId}`}
                    value={`item:${choice.kidId}:${item.routineId}:${item.itemLineageId}`}
                  >
                    {t("check", { what: item.label })}
                  </option>
                ))}
                {choice.habits.map((habit) => (
                  <option key={habit.habitId} value={`habit:${choice.kidId}:${habit.habitId}`}>
                    {t("log", { what: habit.label })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {error && <p className="font-semibold text-red-800">{error}</p>}
        </div>
        <SubmitButton pendingLabel={t("making")}>{t("make")}</SubmitButton>
      </form>
      {url && (
        <ShownOnce id="trigger-url" message={state?.message} label={t("address")} value={url}>
          <p className="text-sm text-ink-700">{t("howTo")}</p>
          <pre
            tabIndex={0}
            dir="ltr"
            className="overflow-x-auto rounded-xl bg-stone-900 p-3 text-sm text-stone-100"
          >
            {`curl -X POST ${url}`}
          </pre>
        </ShownOnce>
      )}
      <RevocableList
        items={triggers.map((trigger) => ({
          id: trigger.id,
          title: trigger.label,
          detail: t("made", { date: trigger.created }),
        }))}
        action={revokeTriggerAction}
        field="triggerId"
        texts={{
          listTitle: t("listTitle"),
          listLabel: t("listLabel"),
          none: t("none"),
          revoke: t("revoke"),
          confirm: {
            title: t("revokeTitle"),
            description: t("revokeDescription"),
            confirmLabel: t("revokeConfirm"),
          },
        }}
      />
    </div>
  );
}
