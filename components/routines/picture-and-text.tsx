"use client";
import { EmojiPicker } from "@/components/routines/emoji-picker";

const errorText = "text-sm font-semibold text-red-700";

/** An emoji picker beside a short text field: a routine's icon and name, its "then" card. */
export function PictureAndText({
  picker,
  field,
}: {
  picker: {
    label: string;
    value: string;
    options: readonly string[];
    onChange: (value: string) => void;
    error?: string;
  };
  field: {
    id: string;
    label: string;
    value: string;
    placeholder: string;
    onChange: (value: string) => void;
    error?: string;
  };
}) {
  return (
    <div className="flex items-start gap-4">
      <EmojiPicker {...picker} />
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <label htmlFor={field.id} className="font-semibold">
          {field.label}
        </label>
        <input
          id={field.id}
          value={field.value}
          maxLength={80}
          placeholder={field.placeholder}
          onChange={(e) => field.onChange(e.target.value)}
          aria-invalid={field.error ? true : undefined}
          className={`min-h-12 w-full rounded-xl border-2 bg-white px-4 text-lg ${field.error ? "border-red-600" : "border-stone-300"}`}
        />
        {field.error && <p className={errorText}>{field.error}</p>}
      </div>
    </div>
  );
}
