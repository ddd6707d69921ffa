"use client";
// The forms of the away page (issue 21): a kid's repeating pattern drawn on a grid of the family's
// weeks, and one-off days away or at home after all.
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ChoiceRadios } from "@/components/ui/choice-radios";
import { Field } from "@/components/ui/field";
import { fieldError, typedValue } from "@/components/ui/form-status";
import { KidForm } from "@/components/ui/kid-form";
import { SelectField } from "@/components/ui/select-field";
import { addAwayRangeAction, setAwayPatternAction } from "@/lib/away/actions";
import { cycleStartFor, presetPattern, type Preset } from "@/lib/away/rules";
import { addDays, isLocalDate, toDbDate, type LocalDate } from "@/lib/time/rules";

export type PatternValues = {
  place: string;
  startDate: LocalDate;
  cycleDays: number;
  awayDays: number[];
};

/**
 * The pattern as a grid: one row per week of the cycle, labelled with its first day, one box per
 * day. The presets fill the grid; a parent can then change any day. What is ticked is exactly
 * what is saved.
 */
export function AwayPatternForm({
  kidId,
  kidName,
  pattern,
  weekStart,
  weekdays,
}: {
  kidId: string;
  kidName: string;
  pattern: PatternValues;
  weekStart: number;
  /** The short weekday names in the family's week order. */
  weekdays: string[];
}) {
  const t = useTranslations("away.pattern");
  const format = useFormatter();
  const weekLabel = (date: LocalDate) =>
    t("weekOf", {
      date: format.dateTime(toDbDate(date), { month: "short", day: "numeric", timeZone: "UTC" }),
    });
  const [cycleDays, setCycleDays] = useState(pattern.cycleDays);
  const [away, setAway] = useState(() => new Set(pattern.awayDays));
  const [start, setStart] = useState(pattern.startDate);
  const preset = (kind: Preset) => {
    const filled = presetPattern(kind, weekStart);
    setCycleDays(filled.cycleDays);
    setAway(new Set(filled.awayDays));
  };
  const toggle = (offset: number) =>
    setAway((before) => {
      const after = new Set(before);
      if (!after.delete(offset)) after.add(offset);
      return after;
    });
  return (
    <KidForm
      action={setAwayPatternAction}
      label={t("title", { name: kidName })}
      kidId={kidId}
      submit={t("save")}
    >
      {(state) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              id={`place-${kidId}`}
              label={t("place")}
              name="place"
              hint={t("placeHint")}
              maxLength={40}
              defaultValue={typedValue(state, "place") ?? pattern.place}
              error={fieldError(state, "place")}
            />
            <Field
              id={`start-${kidId}`}
              label={t("start")}
              name="startDate"
              type="date"
              hint={t("startHint")}
              value={start}
              onChange={(e) =>
                isLocalDate(e.target.value) && setStart(cycleStartFor(e.target.value, weekStart))
              }
              error={fieldError(state, "startDate")}
            />
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <SelectField
              id={`cycle-${kidId}`}
              name="cycleDays"
              label={t("cycle")}
              value={cycleDays}
              onChange={(e) => setCycleDays(Number(e.target.value))}
            >
              {[7, 14, 21, 28].map((days) => (
                <option key={days} value={days}>
                  {t("weeks", { count: days / 7 })}
                </option>
              ))}
            </SelectField>
            <button
              type="button"
              onClick={() => preset("alternateWeeks")}
              className="min-h-12 rounded-xl bg-white px-4 font-semibold ring-2 ring-stone-300 hover:ring-sky-600"
            >
              {t("alternateWeeks")}
            </button>
            <button
              type="button"
              onClick={() => preset("alternateWeekends")}
              className="min-h-12 rounded-xl bg-white px-4 font-semibold ring-2 ring-stone-300 hover:ring-sky-600"
            >
              {t("alternateWeekends")}
            </button>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">{t("daysAway", { name: kidName })}</legend>
            {fieldError(state, "awayDays") && (
              <p className="font-semibold text-red-700">{fieldError(state, "awayDays")}</p>
            )}
            {Array.from({ length: cycleDays / 7 }, (_, week) => (
              <div key={week} className="flex flex-col gap-1">
                <p className="text-sm text-ink-700">{weekLabel(addDays(start, week * 7))}</p>
                <div className="grid grid-cols-7 gap-1">
                  {weekdays.map((name, day) => {
                    const offset = week * 7 + day;
                    return (
                      <label key={offset} className="relative cursor-pointer">
                        <input
                          type="checkbox"
                          name="awayDays"
                          value={offset}
                          checked={away.has(offset)}
                          onChange={() => toggle(offset)}
                          aria-label={`${weekLabel(addDays(start, week * 7))}: ${name}`}
                          className="peer absolute inset-0 size-full cursor-pointer opacity-0"
                        />
                        <span className="flex min-h-12 flex-col items-center justify-center rounded-lg bg-white text-xs font-semibold ring-2 ring-stone-300 peer-checked:bg-sky-700 peer-checked:text-white peer-checked:ring-sky-800 peer-focus-visible:outline-4 peer-focus-visible:outline-sky-600">
                          {name}
                          <span aria-hidden>{away.has(offset) ? "🏡" : "🏠"}</span>
                        </span>
                      </label>
                    );
                  })}
                </div>
              </div>
            ))}
            <p className="text-sm text-ink-700">{t("legend")}</p>
          </fieldset>
        </>
      )}
    </KidForm>
  );
}

/** One-off days: away (a trip, a swapped weekend) or at home after all. */
export function AwayRangeForm({
  kidId,
  kidName,
  today,
}: {
  kidId: string;
  kidName: string;
  today: LocalDate;
}) {
  const t = useTranslations("away.range");
  return (
    <KidForm
      action={addAwayRangeAction}
      label={t("title", { name: kidName })}
      kidId={kidId}
      submit={t("add")}
    >
      {(state) => (
        <>
          <ChoiceRadios
            name="kind"
            legend={t("kind")}
            value={(typedValue(state, "kind") as "AWAY" | "HOME" | undefined) ?? "AWAY"}
            choices={{
              AWAY: { emoji: "🏡", label: t("away"), hint: t("awayHint") },
              HOME: { emoji: "🏠", label: t("home"), hint: t("homeHint") },
            }}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <Field
              id={`from-${kidId}`}
              label={t("from")}
              name="startDate"
              type="date"
              defaultValue={typedValue(state, "startDate") ?? today}
              error={fieldError(state, "startDate")}
            />
            <Field
              id={`to-${kidId}`}
              label={t("to")}
              name="endDate"
              type="date"
              hint={t("toHint")}
              defaultValue={typedValue(state, "endDate") ?? ""}
              error={fieldError(state, "endDate")}
            />
            <Field
              id={`where-${kidId}`}
              label={t("place")}
              name="place"
              hint={t("placeHint")}
              maxLength={40}
              defaultValue={typedValue(state, "place") ?? ""}
              error={fieldError(state, "place")}
            />
          </div>
        </>
      )}
    </KidForm>
  );
}
