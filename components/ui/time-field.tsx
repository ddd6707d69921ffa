"use client";
// A time of day as two lists, hours and minutes, on the 24-hour clock the rest of the app shows
// (issue 17): a native <input type="time"> follows the browser's locale instead, so an American
// browser showed "7:00 AM" here and "07:00" everywhere else. Selects are native pickers on phones
// and keyboards alike. Issue 18 makes the clock a family choice; the labels change, not the value.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

const pad = (n: number) => String(n).padStart(2, "0");
const HOURS = Array.from({ length: 24 }, (_, h) => pad(h));
const FIVE_MINUTES = Array.from({ length: 12 }, (_, i) => pad(i * 5));

type Props = {
  id: string;
  label: string;
  /** "HH:MM". */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** The family's clock: on 12 hours the hours read "7 AM" (the value stays "07"). */
  clock?: "H24" | "H12";
};

/**
 * React resets a form after its action ran, and a controlled <select> then shows the option it
 * was first drawn with while its state says otherwise (an error left "07" on screen for a 09:00
 * that was kept). After every render, the list shows the state again.
 */
function useShown(value: string) {
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.value !== value) ref.current.value = value;
  });
  return ref;
}

export function TimeField({ id, label, value, onChange, error, clock = "H24" }: Props) {
  const t = useTranslations("ui.time");
  const locale = useLocale();
  const hourName = new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    hourCycle: "h12",
    timeZone: "UTC",
  });
  const [hour = "00", minute = "00"] = value.split(":");
  const hourList = useShown(hour);
  const minuteList = useShown(minute);
  // A stored time off the five-minute grid (23:59) stays choosable as it is.
  const minutes = FIVE_MINUTES.includes(minute) ? FIVE_MINUTES : [...FIVE_MINUTES, minute].sort();
  const select = `min-h-12 rounded-xl border-2 bg-white px-3 text-lg tabular-nums ${
    error ? "border-red-600" : "border-stone-300 focus:border-sky-600"
  }`;
  return (
    <fieldset
      className="flex flex-col gap-1.5"
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="mb-1.5 font-semibold">{label}</legend>
      {/* A time reads hours first, left to right, in every language (Arabic too: 07:30). */}
      <div dir="ltr" className="flex items-center gap-1 self-start">
        <select
          ref={hourList}
          id={id}
          aria-label={t("hour", { label })}
          aria-invalid={error ? true : undefined}
          value={hour}
          onChange={(event) => onChange(`${event.target.value}:${minute}`)}
          className={select}
        >
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {clock === "H12" ? hourName.format(new Date(Date.UTC(2000, 0, 1, Number(h)))) : h}
            </option>
          ))}
        </select>
        <span aria-hidden className="text-lg font-bold">
          :
        </span>
        <select
          ref={minuteList}
          aria-label={t("minutes", { label })}
          aria-invalid={error ? true : undefined}
          value={minute}
          onChange={(event) => onChange(`${hour}:${event.target.value}`)}
          className={select}
        >
          {minutes.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
