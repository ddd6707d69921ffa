"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

export const ROUTINE_ICONS = [
  "🌅",
  "🌙",
  "🏡",
  "🏫",
  "🧺",
  "🛁",
  "🍽️",
  "📚",
  "🎒",
  "⚽",
  "🎹",
  "🧹",
  "🐶",
  "🌳",
  "🚗",
  "⭐",
];
/** What comes after a routine: a treat, play, a story, outside. */
export const THEN_PICTURES = [
  "🧱",
  "🎨",
  "📖",
  "🎮",
  "📺",
  "🛝",
  "⚽",
  "🚲",
  "🧸",
  "🍦",
  "🎵",
  "🌳",
  "🐶",
  "🚌",
  "😴",
  "🎉",
];
export const CARD_PICTURES = [
  "☀️",
  "🛏️",
  "🚽",
  "🧼",
  "🪥",
  "🚿",
  "🛁",
  "👕",
  "🧦",
  "👟",
  "🧥",
  "🥣",
  "🍎",
  "🥪",
  "🥛",
  "💧",
  "💊",
  "🎒",
  "📚",
  "✏️",
  "🎹",
  "🧹",
  "🧺",
  "🧸",
  "🐶",
  "🐱",
  "🌱",
  "🩳",
  "📖",
  "😴",
  "🙏",
  "⭐",
];

type Props = {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (emoji: string) => void;
  error?: string;
};

/** A button showing the current picture; it opens a grid of pictures to pick from. */
export function EmojiPicker({ label, value, options, onChange, error }: Props) {
  const t = useTranslations("routines.picker");
  const [open, setOpen] = useState(false);
  const gridId = useId();
  return (
    <div className="relative flex flex-col gap-1.5">
      <span className="font-semibold" id={`${gridId}-label`}>
        {label}
      </span>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={gridId}
        aria-label={value ? t("change", { label, value }) : t("changeNone", { label })}
        onClick={() => setOpen((o) => !o)}
        className={`grid size-14 place-items-center rounded-xl border-2 bg-white text-3xl ${error ? "border-red-600" : "border-stone-300"}`}
      >
        <span aria-hidden>{value || "➕"}</span>
      </button>
      {open && (
        <div
          id={gridId}
          role="group"
          aria-labelledby={`${gridId}-label`}
          className="absolute top-full z-20 mt-2 grid w-72 grid-cols-6 gap-1 rounded-2xl bg-white p-2 shadow-xl ring-1 ring-black/10"
        >
          {options.map((emoji) => (
            <button
              key={emoji}
              type="button"
              aria-pressed={emoji === value}
              aria-label={t("option", { emoji })}
              onClick={() => {
                onChange(emoji);
                setOpen(false);
              }}
              className={`grid size-10 place-items-center rounded-lg text-2xl hover:bg-sun-100 ${emoji === value ? "bg-sun-100 ring-2 ring-sky-600" : ""}`}
            >
              {emoji}
            </button>
          ))}
        </div>
      )}
      {error && <p className="text-sm font-semibold text-red-700">{error}</p>}
    </div>
  );
}
