"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceRadios } from "@/components/ui/choice-radios";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateKidLookAction } from "@/lib/families/actions";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import {
  CARD_SIZE_CHOICES,
  READING_LEVEL_CHOICES,
  TIMER_SOUND_CHOICES,
  type KidLook,
} from "@/lib/families/kid-look";
import { SelectField } from "@/components/ui/select-field";

/** Each choice with its words from the messages, its value and picture kept. */
function worded<T extends string, C extends { emoji?: string; key: string }>(
  choices: Record<T, C>,
  words: (choice: C) => { label: string; hint?: string },
) {
  return Object.fromEntries(
    Object.entries<C>(choices).map(([value, choice]) => [
      value,
      { emoji: choice.emoji, ...words(choice) },
    ]),
  ) as Record<T, { emoji?: string; label: string; hint?: string }>;
}

/** How a kid's day reads and sounds on the tablet: for kids who cannot read yet, and big fingers. */
export function KidLookPanel({
  kid,
  className,
}: {
  kid: { id: string; displayName: string; look: KidLook; language: Locale | null };
  className: string;
}) {
  const t = useTranslations("family.look");
  const [state, action] = useActionState(updateKidLookAction, null);
  const { look } = kid;
  const name = kid.displayName;
  return (
    <details className={className} open={state !== null && !state.ok}>
      <summary className="cursor-pointer font-semibold">{t("title")}</summary>
      <form action={action} className="mt-4 flex flex-col gap-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="kidId" value={kid.id} />
        <ChoiceRadios
          name="readingLevel"
          legend={t("readingLevel", { name })}
          choices={worded(READING_LEVEL_CHOICES, ({ key }) => ({
            label: t(`readingLevels.${key}.label`),
            hint: t(`readingLevels.${key}.hint`),
          }))}
          value={look.readingLevel}
        />
        <SelectField
          id={`language-${kid.id}`}
          name="language"
          label={t("language", { name })}
          hint={t("languageHint", { name })}
          defaultValue={kid.language ?? ""}
        >
          <option value="">{t("tabletLanguage")}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale} translate="no">
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </SelectField>
        <ChoiceRadios
          name="cardSize"
          legend={t("size")}
          choices={worded(CARD_SIZE_CHOICES, ({ key }) => ({ label: t(`cardSizes.${key}`) }))}
          value={look.cardSize}
        />
        <ChoiceRadios
          name="timerSound"
          legend={t("timerSound")}
          choices={worded(TIMER_SOUND_CHOICES, ({ key }) => ({ label: t(`timerSounds.${key}`) }))}
          value={look.timerSound}
        />
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="readSteps"
            defaultChecked={look.readSteps}
            className="mt-1 size-5 accent-leaf-700"
          />
          <span>
            <span className="font-semibold">{t("readSteps")}</span>
            <span className="block text-sm text-ink-700">{t("readStepsHint", { name })}</span>
          </span>
        </label>
        <SubmitButton>{t("save")}</SubmitButton>
      </form>
    </details>
  );
}
