"use client";
import { useTranslations } from "next-intl";
import { RoutineSection } from "@/components/tablet/routine-section";
import type { EditorRoutine } from "@/components/routines/editor-state";
import { DEFAULT_LOOK } from "@/lib/families/kid-look";
import type { DayRoutine } from "@/lib/routines/day";

const noop = () => undefined;

/** The draft as the tablet's day shows it: the same component, with the editor's content. */
function asDay(draft: EditorRoutine, newRoutine: string): DayRoutine {
  const cards = draft.cards
    .filter((card) => card.title.trim() || card.items.some((item) => item.label.trim()))
    .map((card) => ({
      id: card.key,
      title: card.title.trim() || "…",
      pictureEmoji: card.pictureEmoji,
      durationSeconds: /^\d+$/.test(card.duration) ? Number(card.duration) : null,
      photoId: card.photoId ?? null,
      voiceId: card.voiceId ?? null,
      items: card.items
        .filter((item) => item.label.trim())
        .map((item) => ({
          id: item.key,
          label: item.label.trim(),
          checkId: null,
          photoId: item.photoId ?? null,
          voiceId: item.voiceId ?? null,
        })),
    }));
  return {
    id: "preview",
    name: draft.name.trim() || newRoutine,
    icon: draft.icon,
    startMinute: 0,
    endMinute: 0,
    versionId: "preview",
    versionNumber: 0,
    pool: draft.turns === "POOL" && draft.kidIds.length > 1 ? "free" : null,
    then: draft.thenLabel.trim() ? { emoji: draft.thenEmoji, label: draft.thenLabel } : null,
    cards,
    done: 0,
    total: cards.reduce((sum, card) => sum + card.items.length, 0),
  };
}

/**
 * What a kid will see on the tablet (issue 17), as the parent types: the routine's cards at a
 * tablet's width (768 px), drawn small. Not interactive: it is a picture of the screen.
 */
export function KidPreview({ draft }: { draft: EditorRoutine }) {
  const t = useTranslations("routines.preview");
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-semibold">{t("onTablet")}</figcaption>
      <div className="overflow-hidden rounded-2xl bg-sky-50 p-2 ring-1 ring-black/10">
        <div inert aria-hidden style={{ zoom: 0.38, width: 768 }} className="p-4">
          <RoutineSection
            routine={asDay(draft, t("newRoutine"))}
            look={DEFAULT_LOOK}
            isChecked={() => false}
            onTap={noop}
            onOpenBoard={noop}
          />
        </div>
      </div>
    </figure>
  );
}
