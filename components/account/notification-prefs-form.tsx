"use client";
// What a parent wants to hear, on every device of theirs, and when not (issue 19).
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TimeField } from "@/components/ui/time-field";
import { savePrefsAction } from "@/lib/push/actions";
import { formatMinuteOfDay } from "@/lib/time/rules";

type Prefs = {
  rewardRequests: boolean;
  routineReminders: boolean;
  weeklySummary: boolean;
  quietStart: number | null;
  quietEnd: number | null;
};

const WISHES = ["rewardRequests", "routineReminders", "weeklySummary"] as const;

export function NotificationPrefsForm({ prefs, clock }: { prefs: Prefs; clock: "H24" | "H12" }) {
  const t = useTranslations("account.notifications");
  const [state, action] = useActionState(savePrefsAction, null);
  const [quiet, setQuiet] = useState(prefs.quietStart !== null);
  const [start, setStart] = useState(formatMinuteOfDay(prefs.quietStart ?? 21 * 60));
  const [end, setEnd] = useState(formatMinuteOfDay(prefs.quietEnd ?? 7 * 60));
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("prefsLabel")}>
      <FormStatus state={state} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">{t("what")}</legend>
        {WISHES.map((wish) => (
          <label key={wish} className="flex min-h-11 cursor-pointer items-start gap-3">
            <input
              type="checkbox"
              name={wish}
              defaultChecked={prefs[wish]}
              className="mt-1 size-5 shrink-0 accent-leaf-700"
            />
            <span>
              <span className="font-semibold">{t(`${wish}.label`)}</span>
              <span className="block text-sm text-ink-700">{t(`${wish}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="sr-only">{t("quiet")}</legend>
        <label className="flex min-h-11 cursor-pointer items-start gap-3">
          <input
            type="checkbox"
            name="quiet"
            checked={quiet}
            onChange={(e) => setQuiet(e.target.checked)}
            className="mt-1 size-5 shrink-0 accent-leaf-700"
          />
          <span>
            <span className="font-semibold">{t("quiet")}</span>
            <span className="block text-sm text-ink-700">{t("quietHint")}</span>
          </span>
        </label>
        {quiet && (
          <div className="flex flex-wrap gap-4 ps-8">
            <TimeField
              id="quiet-start"
              label={t("from")}
              value={start}
              onChange={setStart}
              clock={clock}
            />
            <TimeField
              id="quiet-end"
              label={t("until")}
              value={end}
              onChange={setEnd}
              clock={clock}
              error={fieldError(state, "quietEnd")}
            />
            <input type="hidden" name="quietStart" value={start} />
            <input type="hidden" name="quietEnd" value={end} />
          </div>
        )}
      </fieldset>
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
