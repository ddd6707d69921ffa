"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** A secret or link shown once: read-only, selectable, with a copy button that says it worked. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useTranslations("ui.copy");
  const [copied, setCopied] = useState(false);
  return (
    <>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={value}
        onFocus={(event) => event.currentTarget.select()}
        className="min-h-12 rounded-xl border-2 border-stone-300 bg-white px-3 font-mono text-sm"
      />
      <button
        type="button"
        className="self-start rounded-full bg-white px-4 py-2 font-semibold ring-2 ring-stone-300"
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </>
  );
}
