"use client";
// Who has which day of a routine the kids take turns at (issue 21), and a parent's swap of a day.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { swapTurnAction } from "@/lib/rotation/actions";

export type TurnLine = {
  date: string;
  /** "Mon, Nov 30". */
  day: string;
  /** "Nora", "Nora (covering for Leo)", "Leo (swapped)", or "Nobody: all away". */
  who: string;
  today: boolean;
};

export function TurnsPanel({
  routineId,
  lines,
  kids,
  today,
}: {
  routineId: string;
  lines: TurnLine[];
  kids: { id: string; name: string }[];
  today: string;
}) {
  const t = useTranslations("routines.turns");
  const [state, action] = useActionState(swapTurnAction, null);
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label={t("listLabel")} className="grid gap-1 sm:grid-cols-2">
        {lines.map((line) => (
          <li
            key={line.date}
            className={`flex flex-wrap justify-between gap-x-3 rounded-xl px-3 py-2 ${line.today ? "bg-sun-50 font-semibold" : "bg-stone-50"}`}
          >
            <span>{line.day}</span>
            <span>{line.who}</span>
          </li>
        ))}
      </ul>
      <form action={action} aria-label={t("swapTitle")} className="flex flex-col gap-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="routineId" value={routineId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={`swap-date-${routineId}`}
            label={t("date")}
            name="date"
            type="date"
            defaultValue={typedValue(state, "date") ?? today}
            error={fieldError(state, "date")}
          />
          <SelectField
            id={`swap-kid-${routineId}`}
            name="kidId"
            label={t("kid")}
            defaultValue={typedValue(state, "kidId") ?? kids[0]?.id}
            error={fieldError(state, "kidId")}
          >
            {kids.map((kid) => (
              <option key={kid.id} value={kid.id}>
                {kid.name}
              </option>
            ))}
            <option value="">{t("backToRule")}</option>
          </SelectField>
        </div>
        <SubmitButton variant="secondary">{t("swap")}</SubmitButton>
      </form>
    </div>
  );
}
