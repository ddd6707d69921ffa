"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { ActivityPicker, MeasureFields } from "@/components/habits/measure-fields";
import { PictureRadios } from "@/components/ui/picture-radios";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createHabitAction, logHabitAction, pauseHabitAction } from "@/lib/habits/actions";
import { formatDay } from "@/lib/time/format";
import type { HabitUnit } from "@/lib/habits/measure";
import { addDays } from "@/lib/time/rules";

const select = "min-h-12 rounded-xl border-2 border-stone-300 bg-white px-4 text-lg";
const HABIT_ICONS = [
  "📚",
  "🎹",
  "💧",
  "⚽",
  "🧸",
  "🚶",
  "🦷",
  "🥦",
  "🛏️",
  "🎨",
  "🧘",
  "🐶",
  "🌱",
  "✍️",
  "🚲",
  "⭐",
];

/** 2024-01-01 was a Monday: the week's days, Monday first, as the reader's language names them. */
const MONDAY = "2024-01-01";

export function NewHabitForm({
  members,
  today,
}: {
  members: { id: string; displayName: string }[];
  today: string;
}) {
  const t = useTranslations("habits.forms");
  const locale = useLocale();
  const [state, action] = useActionState(createHabitAction, null);
  const [cadence, setCadence] = useState(typedValue(state, "cadence") ?? "DAILY");
  const [unit, setUnit] = useState(typedValue(state, "unit") ?? "");
  // An activity picked fills the name and picture (still editable) and counts minutes.
  const [picked, setPicked] = useState<{ name: string; icon: string } | null>(null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("newHabit")}>
      <FormStatus state={state} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="habit-member" className="font-semibold">
          {t("for")}
        </label>
        <select
          id="habit-member"
          name="memberId"
          className={select}
          defaultValue={typedValue(state, "memberId")}
        >
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.displayName}
            </option>
          ))}
        </select>
      </div>
      <ActivityPicker
        onPick={(activity) => {
          setPicked(activity);
          setUnit("MINUTES");
        }}
      />
      <Field
        key={picked?.name}
        label={t("habit")}
        name="name"
        maxLength={80}
        placeholder={t("habitPlaceholder")}
        defaultValue={picked?.name ?? typedValue(state, "name")}
        error={fieldError(state, "name")}
      />
      <PictureRadios
        key={picked?.icon}
        name="icon"
        // The first picture is the one checked: the activity's, when one was picked.
        pictures={
          picked
            ? [picked.icon, ...HABIT_ICONS.filter((icon) => icon !== picked.icon)]
            : HABIT_ICONS
        }
      />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="habit-cadence" className="font-semibold">
          {t("howOften")}
        </label>
        <select
          id="habit-cadence"
          name="cadence"
          value={cadence}
          onChange={(e) => setCadence(e.target.value)}
          className={select}
        >
          <option value="DAILY">{t("daily")}</option>
          <option value="WEEKLY">{t("weekly")}</option>
        </select>
      </div>
      {cadence === "DAILY" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="font-semibold">{t("days")}</legend>
          <div className="flex flex-wrap gap-3">
            {Array.from({ length: 7 }, (_, i) => (
              <label key={i} className="flex items-center gap-2 font-semibold">
                <input
                  type="checkbox"
                  name="weekdays"
                  value={i + 1}
                  defaultChecked
                  className="size-6"
                />
                {formatDay(addDays(MONDAY, i), "weekday", locale)}
              </label>
            ))}
          </div>
          {fieldError(state, "weekdays") && (
            <p className="text-sm font-semibold text-red-700">{fieldError(state, "weekdays")}</p>
          )}
        </fieldset>
      ) : unit ? null : (
        <Field
          label={t("timesPerWeek")}
          name="timesPerWeek"
          type="number"
          min={1}
          max={7}
          defaultValue="3"
          error={fieldError(state, "timesPerWeek")}
        />
      )}
      <MeasureFields
        unit={unit}
        onUnit={setUnit}
        weekly={cadence === "WEEKLY"}
        target={typedValue(state, "target")}
        error={fieldError(state, "target")}
      />
      <Field
        label={t("startsOn")}
        name="startDate"
        type="date"
        defaultValue={today}
        error={fieldError(state, "startDate")}
      />
      <Field
        id="habit-points"
        label={t(unit ? "pointsPerGoal" : "points")}
        name="points"
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        defaultValue={typedValue(state, "points") ?? "5"}
        hint={t("pointsHint")}
        error={fieldError(state, "points")}
      />
      <SubmitButton>{t("create")}</SubmitButton>
    </form>
  );
}

export function LogHabitForm({
  habitId,
  dates,
  weekly,
  unit = null,
}: {
  habitId: string;
  dates: { value: string; label: string }[];
  weekly: boolean;
  /** A measured habit (issue 21): the amount to add, in its unit. */
  unit?: HabitUnit | null;
}) {
  const t = useTranslations("habits.forms");
  const [state, action] = useActionState(logHabitAction, null);
  const units = useTranslations("habits");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("logIt")}>
      <FormStatus state={state} />
      <input type="hidden" name="habitId" value={habitId} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="log-date" className="font-semibold">
          {t("day")}
        </label>
        <select id="log-date" name="date" className={select}>
          {dates.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
        {fieldError(state, "date") && (
          <p className="text-sm font-semibold text-red-700">{fieldError(state, "date")}</p>
        )}
      </div>
      {unit ? (
        <Field
          label={t("amount", { unit: units(`unitNames.${unit}`) })}
          name="count"
          type="number"
          min={1}
          max={1000}
          defaultValue={unit === "MINUTES" ? "10" : "1"}
          error={fieldError(state, "count")}
        />
      ) : (
        weekly && (
          <Field label={t("count")} name="count" type="number" min={1} max={20} defaultValue="1" />
        )
      )}
      <Field label={t("note")} name="note" maxLength={280} error={fieldError(state, "note")} />
      <SubmitButton>{t("logIt")}</SubmitButton>
    </form>
  );
}

export function PauseForm({
  habitId,
  memberId,
  memberName,
  today,
}: {
  habitId: string;
  memberId: string;
  memberName: string;
  today: string;
}) {
  const t = useTranslations("habits.forms");
  const [state, action] = useActionState(pauseHabitAction, null);
  const [everything, setEverything] = useState(false);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("pause")}>
      <FormStatus state={state} />
      {everything ? (
        <input type="hidden" name="memberId" value={memberId} />
      ) : (
        <input type="hidden" name="habitId" value={habitId} />
      )}
      <div className="flex flex-wrap gap-4">
        <Field
          label={t("from")}
          name="startDate"
          type="date"
          defaultValue={today}
          error={fieldError(state, "startDate")}
        />
        <Field
          label={t("until")}
          name="endDate"
          type="date"
          defaultValue={today}
          error={fieldError(state, "endDate")}
        />
      </div>
      <Field
        label={t("why")}
        name="reason"
        maxLength={120}
        placeholder={t("whyPlaceholder")}
        defaultValue={typedValue(state, "reason")}
        error={fieldError(state, "reason")}
      />
      <label className="flex items-center gap-2 font-semibold">
        <input
          type="checkbox"
          checked={everything}
          onChange={(e) => setEverything(e.target.checked)}
          className="size-6"
        />
        {t("allHabitsOf", { name: memberName })}
      </label>
      <SubmitButton variant="secondary">{t("pauseSubmit")}</SubmitButton>
    </form>
  );
}
