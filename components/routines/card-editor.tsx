"use client";
import { useTranslations } from "next-intl";
import { PhotoPicker } from "@/components/media/photo-picker";
import { VoiceRecorder } from "@/components/media/voice-recorder";
import { CARD_PICTURES, EmojiPicker } from "@/components/routines/emoji-picker";
import { DragHandle, SortableList, useSortableRow } from "@/components/routines/sortable";
import { newKey, type EditorCard, type EditorItem } from "@/components/routines/editor-state";
import { moveEntry } from "@/lib/routines/rules";

type Props = {
  card: EditorCard;
  index: number;
  onChange: (card: EditorCard) => void;
  onRemove: () => void;
  errorAt: (path: string) => string | undefined;
};

const input = "min-h-11 w-full rounded-xl border-2 bg-white px-3 text-lg";
const border = (error?: string) => (error ? "border-red-600" : "border-stone-300");

/** One picture card: handle, picture, title, optional timer and its checklist items. */
export function CardEditor({ card, index, onChange, onRemove, errorAt }: Props) {
  const t = useTranslations("routines.card");
  const { rowProps, handleProps, isDragging } = useSortableRow(card.key);
  const name = card.title || t("fallbackName", { number: index + 1 });
  const titleError = errorAt(`cards.${index}.title`);
  const durationError = errorAt(`cards.${index}.durationSeconds`);
  const itemsError = errorAt(`cards.${index}.items`);
  const setItems = (items: EditorCard["items"]) => onChange({ ...card, items });

  return (
    <li
      {...rowProps}
      aria-label={
        card.title
          ? t("label", { number: index + 1, title: card.title })
          : t("labelUntitled", { number: index + 1 })
      }
      className={`flex flex-col gap-4 rounded-3xl bg-white p-4 shadow ring-1 ring-black/5 sm:p-5 ${isDragging ? "shadow-2xl ring-2 ring-sky-600" : ""}`}
    >
      <div className="flex items-start gap-3">
        <DragHandle label={t("move", { name })} {...handleProps} />
        <EmojiPicker
          label={t("picture")}
          value={card.pictureEmoji}
          options={CARD_PICTURES}
          onChange={(pictureEmoji) => onChange({ ...card, pictureEmoji })}
          error={errorAt(`cards.${index}.pictureEmoji`)}
        />
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <label htmlFor={`${card.key}-title`} className="font-semibold">
            {t("title")}
          </label>
          <input
            id={`${card.key}-title`}
            value={card.title}
            maxLength={80}
            onChange={(e) => onChange({ ...card, title: e.target.value })}
            aria-invalid={titleError ? true : undefined}
            className={`${input} ${border(titleError)}`}
          />
          {titleError && <p className="text-sm font-semibold text-red-700">{titleError}</p>}
        </div>
      </div>

      <div className="flex flex-col gap-2 rounded-2xl bg-sky-50 p-3">
        <p className="font-semibold">
          {t.rich("forNonReaders", {
            optional: (chunks) => <span className="font-normal">{chunks}</span>,
          })}
        </p>
        <p className="text-sm text-ink-700">{t("mediaHint")}</p>
        <PhotoPicker
          photoId={card.photoId ?? null}
          name={name}
          onChange={(photoId) => onChange({ ...card, photoId })}
        />
        <VoiceRecorder
          voiceId={card.voiceId ?? null}
          name={name}
          onChange={(voiceId) => onChange({ ...card, voiceId })}
        />
      </div>

      <div className="flex flex-col gap-1.5 sm:w-64">
        <label htmlFor={`${card.key}-duration`} className="font-semibold">
          {t("timer")}
        </label>
        <input
          id={`${card.key}-duration`}
          inputMode="numeric"
          value={card.duration}
          placeholder={t("timerPlaceholder")}
          onChange={(e) => onChange({ ...card, duration: e.target.value.replace(/[^\d]/g, "") })}
          aria-invalid={durationError ? true : undefined}
          className={`${input} ${border(durationError)}`}
        />
        {durationError && <p className="text-sm font-semibold text-red-700">{durationError}</p>}
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">{t("checklist")}</legend>
        <SortableList
          ids={card.items.map((i) => i.key)}
          onMove={(from, to) => setItems(moveEntry(card.items, from, to))}
          describe={(key) =>
            t("describeItem", { label: card.items.find((i) => i.key === key)?.label || "" })
          }
        >
          <ul className="flex flex-col gap-2">
            {card.items.map((item, itemIndex) => (
              <ItemRow
                key={item.key}
                item={item}
                position={itemIndex + 1}
                error={errorAt(`cards.${index}.items.${itemIndex}.label`)}
                onChange={(next) =>
                  setItems(card.items.map((i) => (i.key === item.key ? next : i)))
                }
                onRemove={() => setItems(card.items.filter((i) => i.key !== item.key))}
              />
            ))}
          </ul>
        </SortableList>
        {itemsError && <p className="text-sm font-semibold text-red-700">{itemsError}</p>}
        <button
          type="button"
          onClick={() => setItems([...card.items, { key: newKey(), label: "" }])}
          className="self-start rounded-full px-4 py-2 font-semibold text-leaf-700 ring-2 ring-leaf-700/30 hover:bg-green-50"
        >
          {t("addItem")}
        </button>
      </fieldset>

      <button
        type="button"
        onClick={onRemove}
        className="self-end rounded-full px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
      >
        {t("remove", { name })}
      </button>
    </li>
  );
}

function ItemRow(props: {
  item: EditorItem;
  position: number;
  error?: string;
  onChange: (item: EditorItem) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("routines.item");
  const { item } = props;
  const { rowProps, handleProps } = useSortableRow(item.key);
  const name = item.label || t("fallbackName", { position: props.position });
  return (
    <li {...rowProps} className="flex flex-col gap-1 rounded-2xl bg-sun-50 p-2">
      <div className="flex items-center gap-2">
        <DragHandle label={t("move", { name })} {...handleProps} />
        <label htmlFor={`${item.key}-label`} className="sr-only">
          {t("label", { position: props.position })}
        </label>
        <input
          id={`${item.key}-label`}
          value={item.label}
          maxLength={80}
          placeholder={t("placeholder")}
          onChange={(e) => props.onChange({ ...item, label: e.target.value })}
          aria-invalid={props.error ? true : undefined}
          className={`${input} ${border(props.error)}`}
        />
        <button
          type="button"
          onClick={props.onRemove}
          aria-label={t("remove", { name })}
          className="grid size-11 shrink-0 place-items-center rounded-xl text-xl text-red-800 hover:bg-red-50"
        >
          <span aria-hidden>✕</span>
        </button>
      </div>
      {props.error && <p className="ps-14 text-sm font-semibold text-red-700">{props.error}</p>}
      <div className="flex items-start gap-2 ps-14">
        <PhotoPicker
          compact
          photoId={item.photoId ?? null}
          name={name}
          onChange={(photoId) => props.onChange({ ...item, photoId })}
        />
        <VoiceRecorder
          compact
          voiceId={item.voiceId ?? null}
          name={name}
          onChange={(voiceId) => props.onChange({ ...item, voiceId })}
        />
      </div>
    </li>
  );
}
