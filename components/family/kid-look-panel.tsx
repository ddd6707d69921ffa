"use client";
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

/** How a kid's day reads and sounds on the tablet: for kids who cannot read yet, and big fingers. */
export function KidLookPanel({
  kid,
  className,
}: {
  kid: { id: string; displayName: string; look: KidLook; language: Locale | null };
  className: string;
}) {
  const [state, action] = useActionState(updateKidLookAction, null);
  const { look } = kid;
  return (
    <details className={className} open={state !== null && !state.ok}>
      <summary className="cursor-pointer font-semibold">
        Tablet: language, pictures, words and size
      </summary>
      <form action={action} className="mt-4 flex flex-col gap-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="kidId" value={kid.id} />
        <ChoiceRadios
          name="readingLevel"
          legend={`How ${kid.displayName} reads the cards`}
          choices={READING_LEVEL_CHOICES}
          value={look.readingLevel}
        />
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`language-${kid.id}`} className="font-semibold">
            {kid.displayName}’s language on the tablet
          </label>
          <select
            id={`language-${kid.id}`}
            name="language"
            defaultValue={kid.language ?? ""}
            aria-describedby={`language-${kid.id}-hint`}
            className="min-h-12 rounded-xl border-2 border-stone-300 bg-white px-3 text-lg"
          >
            <option value="">The tablet’s language</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
          <p id={`language-${kid.id}-hint`} className="text-sm text-ink-700">
            The words on {kid.displayName}’s cards and the read-aloud voice. What you write (routine
            and item names) stays as you wrote it.
          </p>
        </div>
        <ChoiceRadios
          name="cardSize"
          legend="Size"
          choices={CARD_SIZE_CHOICES}
          value={look.cardSize}
        />
        <ChoiceRadios
          name="timerSound"
          legend="When a card's timer runs out"
          choices={TIMER_SOUND_CHOICES}
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
            <span className="font-semibold">Read each step aloud in the one-card view</span>
            <span className="block text-sm text-ink-700">
              Only after {kid.displayName} taps: the tablet never talks by itself.
            </span>
          </span>
        </label>
        <SubmitButton>Save</SubmitButton>
      </form>
    </details>
  );
}
