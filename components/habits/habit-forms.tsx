"use client";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { PictureRadios } from "@/components/ui/picture-radios";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createHabitAction, logHabitAction, pauseHabitAction } from "@/lib/habits/actions";
import { WEEKDAY_NAMES } from "@/lib/routines/rules";

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

export function NewHabitForm({
  members,
  today,
}: {
  members: { id: string; displayName: string }[];
  today: string;
}) {
  const [state, action] = useActionState(createHabitAction, null);
  const [cadence, setCadence] = useState(typedValue(state, "cadence") ?? "DAILY");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="New habit">
      <FormStatus state={state} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="habit-member" className="font-semibold">
          For
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
      <Field
        label="Habit"
        name="name"
        maxLength={80}
        placeholder="Read 20 minutes"
        defaultValue={typedValue(state, "name")}
        error={fieldError(state, "name")}
      />
      <PictureRadios name="icon" pictures={HABIT_ICONS} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="habit-cadence" className="font-semibold">
          How often
        </label>
        <select
          id="habit-cadence"
          name="cadence"
          value={cadence}
          onChange={(e) => setCadence(e.target.value)}
          className={select}
        >
          <option value="DAILY">On chosen days</option>
          <option value="WEEKLY">A number of times a week</option>
        </select>
      </div>
      {cadence === "DAILY" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="font-semibold">Days</legend>
          <div className="flex flex-wrap gap-3">
            {WEEKDAY_NAMES.map((day, i) => (
              <label key={day} className="flex items-center gap-2 font-semibold">
                <input
                  type="checkbox"
                  name="weekdays"
                  value={i + 1}
                  defaultChecked
                  className="size-6"
                />
                {day}
              </label>
            ))}
          </div>
          {fieldError(state, "weekdays") && (
            <p className="text-sm font-semibold text-red-700">{fieldError(state, "weekdays")}</p>
          )}
        </fieldset>
      ) : (
        <Field
          label="Times a week"
          name="timesPerWeek"
          type="number"
          min={1}
          max={7}
          defaultValue="3"
          error={fieldError(state, "timesPerWeek")}
        />
      )}
      <Field
        label="Starts on"
        name="startDate"
        type="date"
        defaultValue={today}
        error={fieldError(state, "startDate")}
      />
      <Field
        id="habit-points"
        label="Stars per log"
        name="points"
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        defaultValue={typedValue(state, "points") ?? "5"}
        hint="Kids spend stars on rewards. A finished routine earns 10 by default."
        error={fieldError(state, "points")}
      />
      <SubmitButton>Create habit</SubmitButton>
    </form>
  );
}

export function LogHabitForm({
  habitId,
  dates,
  weekly,
}: {
  habitId: string;
  dates: { value: string; label: string }[];
  weekly: boolean;
}) {
  const [state, action] = useActionState(logHabitAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="Log it">
      <FormStatus state={state} />
      <input type="hidden" name="habitId" value={habitId} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="log-date" className="font-semibold">
          Day
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
      {weekly && (
        <Field
          label="How many times that day"
          name="count"
          type="number"
          min={1}
          max={20}
          defaultValue="1"
        />
      )}
      <Field
        label="Note (optional)"
        name="note"
        maxLength={280}
        error={fieldError(state, "note")}
      />
      <SubmitButton>Log it</SubmitButton>
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
  const [state, action] = useActionState(pauseHabitAction, null);
  const [everything, setEverything] = useState(false);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="Pause or excuse">
      <FormStatus state={state} />
      {everything ? (
        <input type="hidden" name="memberId" value={memberId} />
      ) : (
        <input type="hidden" name="habitId" value={habitId} />
      )}
      <div className="flex flex-wrap gap-4">
        <Field
          label="From"
          name="startDate"
          type="date"
          defaultValue={today}
          error={fieldError(state, "startDate")}
        />
        <Field
          label="Until"
          name="endDate"
          type="date"
          defaultValue={today}
          error={fieldError(state, "endDate")}
        />
      </div>
      <Field
        label="Why"
        name="reason"
        maxLength={120}
        placeholder="Holiday, sick …"
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
        All of {memberName}’s habits
      </label>
      <SubmitButton variant="secondary">Pause these days</SubmitButton>
    </form>
  );
}
