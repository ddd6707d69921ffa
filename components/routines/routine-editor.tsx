"use client";
import { useLocale, useTranslations } from "next-intl";
import { TimeField } from "@/components/ui/time-field";
import { useActionState, useState } from "react";
import { WhoDoesIt } from "@/components/routines/who-does-it";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { CardEditor } from "@/components/routines/card-editor";
import {
  emptyCard,
  toDraftJson,
  toEditorCards,
  type EditorRoutine,
} from "@/components/routines/editor-state";
import { ROUTINE_ICONS, THEN_PICTURES } from "@/components/routines/emoji-picker";
import { KidPreview } from "@/components/routines/kid-preview";
import { PictureAndText } from "@/components/routines/picture-and-text";
import { SortableList } from "@/components/routines/sortable";
import type { ActionState } from "@/lib/actions/validated-action";
import { saveRoutineAction } from "@/lib/routines/actions";
import type { RoutineEditorData } from "@/lib/routines/views";
import { moveEntry, parseClock, weekdayNames } from "@/lib/routines/rules";
import { formatMinute } from "@/lib/time/format";
import { formatMinuteOfDay } from "@/lib/time/rules";

type Kid = { id: string; displayName: string; avatarEmoji: string; avatarColor: string };

type Props = {
  kids: Kid[];
  /** Absent for a new routine. */
  routine?: Omit<RoutineEditorData, "archived" | "versionNumber">;
  /** The family's clock (issue 18). */
  clock?: "H24" | "H12";
};

const section = "flex flex-col gap-4 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5 sm:p-6";
const errorText = "text-sm font-semibold text-red-700";

export function RoutineEditor({ kids, routine, clock }: Props) {
  const t = useTranslations("routines.editor");
  const locale = useLocale();
  const days = weekdayNames(locale);
  const [draft, setDraft] = useState<EditorRoutine>(() => ({
    name: routine?.name ?? "",
    icon: routine?.icon ?? "🌅",
    weekdays: routine?.weekdays ?? [1, 2, 3, 4, 5],
    start: formatMinuteOfDay(routine?.startMinute ?? 7 * 60),
    end: formatMinuteOfDay(routine?.endMinute ?? 8 * 60),
    kidIds: routine?.kidIds ?? kids.map((k) => k.id),
    cards: routine ? toEditorCards(routine.cards) : [emptyCard()],
    points: String(routine?.points ?? 10),
    remindAtEnd: routine?.remindAtEnd ?? false,
    turns: routine?.pool ? "POOL" : (routine?.turns ?? ""),
    thenEmoji: routine?.then?.emoji ?? THEN_PICTURES[0]!,
    thenLabel: routine?.then?.label ?? "",
  }));
  // The typed draft lives in this component's state, so a failed save (bad input, or "changed
  // elsewhere") keeps every edit on screen.
  const [state, action] = useActionState<ActionState | null, FormData>(saveRoutineAction, null);
  const errorAt = (path: string) =>
    state && !state.ok ? state.fieldErrors?.[path]?.[0] : undefined;
  // The action's message comes in the page's language: a conflict is known by its data, or (until
  // the action says so) by its English words.
  const conflict =
    state &&
    !state.ok &&
    (state.data?.conflict !== undefined || /changed elsewhere/.test(state.message));
  const update = (patch: Partial<EditorRoutine>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (list: number[] | string[], value: number | string) =>
    (list as (number | string)[]).includes(value)
      ? (list as (number | string)[]).filter((v) => v !== value)
      : [...list, value];

  return (
    // Wide screens: the form, and beside it what the kid will see, kept in view while scrolling.
    <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <form action={action} className="flex min-w-0 flex-col gap-6" noValidate>
        {routine && <input type="hidden" name="routineId" value={routine.id} />}
        {routine && <input type="hidden" name="revision" value={routine.revision} />}
        <input type="hidden" name="draft" value={toDraftJson(draft)} />
        <FormStatus state={state} />
        {conflict && routine && (
          <a href={`/routines/${routine.id}`} className="self-start font-semibold underline">
            {t("reloadLatest")}
          </a>
        )}

        <section aria-labelledby="routine-heading" className={section}>
          <h2 id="routine-heading" className="text-xl font-bold">
            {t("routineHeading")}
          </h2>
          <PictureAndText
            picker={{
              label: t("icon"),
              value: draft.icon,
              options: ROUTINE_ICONS,
              onChange: (icon) => update({ icon }),
              error: errorAt("icon"),
            }}
            field={{
              id: "routine-name",
              label: t("name"),
              value: draft.name,
              placeholder: t("namePlaceholder"),
              onChange: (name) => update({ name }),
              error: errorAt("name"),
            }}
          />

          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">{t("days")}</legend>
            <div className="flex flex-wrap gap-2">
              {days.map((day, index) => {
                const value = index + 1;
                const on = draft.weekdays.includes(value);
                return (
                  <label key={value} className="relative cursor-pointer">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={() =>
                        update({ weekdays: toggle(draft.weekdays, value) as number[] })
                      }
                      className="peer absolute inset-0 size-full cursor-pointer opacity-0"
                    />
                    <span
                      className={`grid h-11 min-w-14 place-items-center rounded-full px-3 font-bold ring-2 peer-focus-visible:outline-4 peer-focus-visible:outline-sky-600 ${on ? "bg-leaf-700 text-white ring-leaf-700" : "bg-white text-ink-900 ring-stone-300"}`}
                    >
                      {day}
                    </span>
                  </label>
                );
              })}
            </div>
            {errorAt("weekdays") && <p className={errorText}>{errorAt("weekdays")}</p>}
          </fieldset>

          <div className="flex flex-wrap gap-4">
            {(["start", "end"] as const).map((field) => (
              <TimeField
                key={field}
                id={`routine-${field}`}
                label={field === "start" ? t("from") : t("until")}
                value={draft[field]}
                onChange={(value) => update({ [field]: value })}
                error={errorAt(field)}
                clock={clock}
              />
            ))}
            <div className="flex flex-col gap-1.5">
              <label htmlFor="routine-points" className="font-semibold">
                {t("points")}
              </label>
              <input
                id="routine-points"
                type="number"
                inputMode="numeric"
                min={0}
                max={1000}
                value={draft.points}
                onChange={(e) => update({ points: e.target.value })}
                aria-invalid={errorAt("points") ? true : undefined}
                className={`min-h-12 w-32 rounded-xl border-2 bg-white px-4 text-lg ${errorAt("points") ? "border-red-600" : "border-stone-300"}`}
              />
              {errorAt("points") && <p className={errorText}>{errorAt("points")}</p>}
            </div>
          </div>

          {/* Heard by parents who turned reminders on (Account page, on their devices). */}
          <label className="flex min-h-11 cursor-pointer items-start gap-3">
            <input
              type="checkbox"
              checked={draft.remindAtEnd}
              onChange={(e) => update({ remindAtEnd: e.target.checked })}
              className="mt-1 size-5 shrink-0 accent-leaf-700"
            />
            <span>
              <span className="font-semibold">
                {t("remindAtEnd", {
                  time: formatMinute(parseClock(draft.end) ?? 0, locale, clock),
                })}
              </span>
              <span className="block text-sm text-ink-700">{t("remindAtEndHint")}</span>
            </span>
          </label>

          <WhoDoesIt
            kids={kids}
            kidIds={draft.kidIds}
            turns={draft.turns}
            error={errorAt("kidIds")}
            onKids={(kidIds) => update({ kidIds })}
            onTurns={(turns) => update({ turns })}
          />
        </section>

        <section aria-labelledby="cards-heading" className="flex flex-col gap-4">
          <div>
            <h2 id="cards-heading" className="text-xl font-bold">
              {t("cardsHeading")}
            </h2>
            <p className="text-ink-700">{t("cardsHint")}</p>
          </div>
          <SortableList
            ids={draft.cards.map((c) => c.key)}
            onMove={(from, to) => update({ cards: moveEntry(draft.cards, from, to) })}
            describe={(key) =>
              t("describeCard", { title: draft.cards.find((c) => c.key === key)?.title || "" })
            }
          >
            <ol className="flex flex-col gap-4" aria-label={t("cardsLabel")}>
              {draft.cards.map((card, index) => (
                <CardEditor
                  key={card.key}
                  card={card}
                  index={index}
                  errorAt={errorAt}
                  onChange={(next) =>
                    update({ cards: draft.cards.map((c) => (c.key === card.key ? next : c)) })
                  }
                  onRemove={() => update({ cards: draft.cards.filter((c) => c.key !== card.key) })}
                />
              ))}
            </ol>
          </SortableList>
          {errorAt("cards") && <p className={errorText}>{errorAt("cards")}</p>}
          <button
            type="button"
            onClick={() => update({ cards: [...draft.cards, emptyCard()] })}
            className="self-start rounded-full bg-white px-5 py-3 font-bold text-leaf-700 shadow ring-2 ring-leaf-700/30 hover:bg-green-50"
          >
            {t("addCard")}
          </button>
          {!draft.cards.some((c) => c.items.length > 0) && (
            <p className="rounded-xl bg-sun-100 px-4 py-3">{t("notReady")}</p>
          )}
        </section>

        <section aria-labelledby="then-heading" className={section}>
          <div>
            <h2 id="then-heading" className="text-xl font-bold">
              {t.rich("thenHeading", {
                optional: (chunks) => <span className="font-normal text-ink-700">{chunks}</span>,
              })}
            </h2>
            <p className="text-ink-700">{t("thenHint")}</p>
          </div>
          <PictureAndText
            picker={{
              label: t("picture"),
              value: draft.thenEmoji,
              options: THEN_PICTURES,
              onChange: (thenEmoji) => update({ thenEmoji }),
              error: errorAt("then.emoji"),
            }}
            field={{
              id: "routine-then",
              label: t("then"),
              value: draft.thenLabel,
              placeholder: t("thenPlaceholder"),
              onChange: (thenLabel) => update({ thenLabel }),
              error: errorAt("then.label"),
            }}
          />
        </section>

        <div className="sticky bottom-0 -mx-5 flex items-center gap-4 border-t border-black/10 bg-sun-50/95 px-5 py-3 backdrop-blur">
          <SubmitButton pendingLabel={t("saving")}>
            {routine ? t("save") : t("create")}
          </SubmitButton>
        </div>
      </form>
      <aside aria-label={t("preview")} className="lg:sticky lg:top-4">
        <details className="rounded-3xl bg-white p-4 shadow ring-1 ring-black/5 lg:hidden">
          <summary className="cursor-pointer font-semibold">{t("previewSummary")}</summary>
          <div className="mt-3">
            <KidPreview draft={draft} />
          </div>
        </details>
        <div className="hidden rounded-3xl bg-white p-4 shadow ring-1 ring-black/5 lg:block">
          <KidPreview draft={draft} />
        </div>
      </aside>
    </div>
  );
}
