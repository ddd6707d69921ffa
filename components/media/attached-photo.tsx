"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PhotoPicker } from "@/components/media/photo-picker";
import type { ActionState } from "@/lib/actions/validated-action";

/**
 * The photo of a habit or reward, saved as soon as it is picked or removed: the upload, then the
 * action that attaches it (`fields` name the habit or reward).
 */
export function AttachedPhoto({
  photoId,
  name,
  action,
  fields,
}: {
  photoId: string | null;
  name: string;
  action: (state: ActionState | null, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function attach(next: string | null) {
    startTransition(async () => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      form.set("photoId", next ?? "");
      const result = await action(null, form);
      setError(result.ok ? null : result.message);
      router.refresh();
    });
  }
  return (
    <div className={`flex flex-col gap-1 ${pending ? "opacity-60" : ""}`}>
      <PhotoPicker photoId={photoId} name={name} onChange={attach} compact />
      {error && (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
