"use client";
// A new habit's measure (issue 21): done or not, or an amount (minutes, glasses, pages …) with a
// goal per day or per week; and for exercise, activities with their pictures that fill in the
// name, the picture and "minutes" with one tap.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { ACTIVITIES, HABIT_UNITS } from "@/lib/habits/measure";

const select = "min-h-12 rounded-xl border-2 border-stone-300 bg-white px-4 text-lg";

export function ActivityPicker({
  onPick,
}: {
  onPick: (activity: { name: string; icon: string }) => void;
}) {
  const t = useTranslations("habits");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-semibold">{t("forms.activity")}</legend>
      <div className="flex flex-wrap gap-2">
        {ACTIVITIES.map((activity) => (
          <button
            key={activity.key}
            type="button"
            onClick={() => onPick({ name: t(`activities.${activity.key}`), icon: activity.icon })}
            className="flex min-h-11 items-center gap-2 rounded-full bg-white px-4 font-semibold shadow ring-1 ring-black/10 hover:bg-sky-50"
          >
            <span aria-hidden className="text-2xl">
              {activity.icon}
            </span>
            {t(`activities.${activity.key}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function MeasureFields({
  unit,
  onUnit,
  weekly,
  target,
  error,
}: {
  unit: string;
  onUnit: (unit: string) => void;
  weekly: boolean;
  target?: string;
  error?: string;
}) {
  const t = useTranslations("habits");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="habit-unit" className="font-semibold">
          {t("forms.counts")}
        </label>
        <select
          id="habit-unit"
          name="unit"
          value={unit}
          onChange={(e) => onUnit(e.target.value)}
          className={select}
        >
          <option value="">{t("forms.countsNothing")}</option>
          {HABIT_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`unitNames.${u}`)}
            </option>
          ))}
        </select>
      </div>
      {unit && (
        <Field
          id="habit-target"
          label={t(weekly ? "forms.goalWeek" : "forms.goalDay")}
          name="target"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          defaultValue={target ?? (unit === "MINUTES" ? "20" : "1")}
          error={error}
        />
      )}
    </div>
  );
}
