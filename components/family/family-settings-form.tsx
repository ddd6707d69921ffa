"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/validated-action";
import { formatDay, formatMinute } from "@/lib/time/format";
import { addDays } from "@/lib/time/rules";

type Props = {
  action: (state: ActionState | null, formData: FormData) => Promise<ActionState>;
  timeZones: { value: string; label: string }[];
  initial?: { name: string; timeZone: string; dayStartHour: number };
  /** The family's calendar (the Family page; a new family starts with the defaults). */
  calendar?: { weekStart: number; clock: "H24" | "H12" };
  submitLabel: string;
};

export function FamilySettingsForm({ action, timeZones, initial, calendar, submitLabel }: Props) {
  const t = useTranslations("family.settings");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, null);
  const zoneInput = useRef<HTMLInputElement>(null);

  // A new family starts in the browser's own time zone; the server cannot know it.
  useEffect(() => {
    if (zoneInput.current && !zoneInput.current.value) {
      zoneInput.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
    }
  }, []);

  const dayStart = typedValue(state, "dayStartHour") ?? String(initial?.dayStartHour ?? 0);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <Field
        label={t("name")}
        name="name"
        required
        maxLength={80}
        placeholder={t("namePlaceholder")}
        defaultValue={typedValue(state, "name") ?? initial?.name}
        error={fieldError(state, "name")}
      />
      <Field
        ref={zoneInput}
        label={t("timeZone")}
        name="timeZone"
        list="time-zone-options"
        autoComplete="off"
        required
        hint={t("timeZoneHint")}
        defaultValue={typedValue(state, "timeZone") ?? initial?.timeZone}
        error={fieldError(state, "timeZone")}
      />
      <datalist id="time-zone-options">
        {timeZones.map((zone) => (
          <option key={zone.value} value={zone.value} label={zone.label} />
        ))}
      </datalist>
      <SelectField
        id="field-dayStartHour"
        name="dayStartHour"
        label={t("dayStart")}
        hint={t("dayStartHint")}
        error={fieldError(state, "dayStartHour")}
        defaultValue={dayStart}
      >
        {Array.from({ length: 13 }, (_, hour) => (
          <option key={hour} value={hour}>
            {formatMinute(hour * 60, locale, calendar?.clock)}
          </option>
        ))}
      </SelectField>
      {calendar && (
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            id="field-weekStart"
            name="weekStart"
            label={t("weekStart")}
            hint={t("weekStartHint")}
            error={fieldError(state, "weekStart")}
            defaultValue={typedValue(state, "weekStart") ?? String(calendar.weekStart)}
          >
            {/* 2026-11-30 was a Monday: ISO weekday n is 2026-11-29 plus n days. */}
            {[1, 6, 7].map((day) => (
              <option key={day} value={day}>
                {formatDay(addDays("2026-11-29", day), "weekdayLong", locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="field-clock"
            name="clock"
            label={t("clock")}
            error={fieldError(state, "clock")}
            defaultValue={typedValue(state, "clock") ?? calendar.clock}
          >
            <option value="H24">
              {t("clock24", { example: formatMinute(19 * 60 + 30, locale, "H24") })}
            </option>
            <option value="H12">
              {t("clock12", { example: formatMinute(19 * 60 + 30, locale, "H12") })}
            </option>
          </SelectField>
        </div>
      )}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
