"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { uploadMedia } from "@/components/media/upload";
import { mediaUrl } from "@/lib/media/rules";

/** The part of a button's name only screen readers hear: whose photo it is. */
const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * A photo for a card, item, habit or reward (issue 16): taken with the device's camera or picked
 * from its photos (the phone offers both), uploaded at once (the server keeps a small WebP without any metadata), shown
 * as a thumbnail; replace or remove it. `name` says what it is for ("Get dressed").
 */
export function PhotoPicker({
  photoId,
  name,
  onChange,
  compact = false,
}: {
  photoId: string | null;
  name: string;
  onChange: (photoId: string | null) => void;
  compact?: boolean;
}) {
  const t = useTranslations("ui.photo");
  const uploadWords = useTranslations("ui.upload");
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  async function upload(file: File | undefined) {
    if (!file) return;
    setState({ busy: true });
    const result = await uploadMedia("PHOTO", file, file.name, {
      failed: uploadWords("failed"),
      offline: uploadWords("offline"),
    });
    if (input.current) input.current.value = "";
    if ("error" in result) return setState({ busy: false, error: result.error });
    setState({ busy: false });
    onChange(result.id);
  }

  const size = compact ? "size-11" : "size-16";
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {photoId && (
          // Decorative here: the button beside it says whose photo it is.
          // eslint-disable-next-line @next/next/no-img-element -- a family's own photo, already small
          <img
            src={mediaUrl(photoId)}
            alt=""
            className={`${size} rounded-xl object-cover ring-1 ring-black/10`}
          />
        )}
        <label
          htmlFor={inputId}
          title={compact ? t("title", { name }) : undefined}
          className={`inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-full bg-white px-3 font-semibold text-sky-900 ring-2 ring-sky-600/30 hover:bg-sky-50 ${state.busy ? "opacity-60" : ""}`}
        >
          <span aria-hidden>📷</span>
          {/* The words on the button, and who it is for only for screen readers. */}
          <span className={compact ? "sr-only" : ""}>
            {t.rich(state.busy ? "uploading" : photoId ? "replace" : "add", { name, hidden })}
          </span>
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          // No `capture`: phones and tablets then offer both the camera and their photos.
          accept="image/*"
          disabled={state.busy}
          onChange={(e) => void upload(e.target.files?.[0])}
          className="sr-only"
        />
        {photoId && (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="min-h-11 rounded-full px-3 font-semibold text-red-800 hover:bg-red-50"
          >
            <span aria-hidden>✕</span>
            <span className={compact ? "sr-only" : ""}> {t.rich("remove", { name, hidden })}</span>
          </button>
        )}
      </div>
      {state.error && (
        <p
          role="alert"
          className={`text-sm font-semibold text-red-700 ${compact ? "max-w-64" : ""}`}
        >
          {state.error}
        </p>
      )}
    </div>
  );
}
