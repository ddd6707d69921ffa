// Text hygiene shared by the API and the forms (issue 14). PostgreSQL cannot store NUL, and a lone
// UTF-16 surrogate is not text: both are refused at every door before anything reaches a query.
// Names people see are NFC, have at least one visible character and carry no bidi overrides (which
// can make "Homework" read as something else on a parent's screen). Emoji fields take exactly one
// emoji, as a person sees it (one grapheme).
import { z } from "zod";
import { sentence } from "@/lib/i18n/sentence";

/** The refusal of a text that is too long, with the limit in the reader's plural. */
export const atMostCharacters = (max: number) =>
  sentence("Use at most {max, plural, one {# character} other {# characters}}.", { max });

/** The refusal of a text that is too short (a password). */
export const atLeastCharacters = (min: number) =>
  sentence("Use at least {min, plural, one {# character} other {# characters}}.", { min });

const LONE_SURROGATE = /\p{Cs}/u;

/** Why this string cannot be stored, or null. */
export function unstorableText(value: string): string | null {
  if (value.includes("\u0000"))
    return "Remove the invisible control character (NUL) from this text.";
  // With the u flag a pair of surrogates is one code point, so \p{Cs} matches only a lone one
  // (String.prototype.isWellFormed is missing on older iPads, and the schemas run there too).
  if (LONE_SURROGATE.test(value)) return "This text has a broken character. Type it again.";
  return null;
}

/** Every string in a parsed body, query or form, with where it is: the first bad one, or null. */
export function findUnstorableText(
  value: unknown,
  path: string[] = [],
): { path: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = unstorableText(value);
    return problem ? { path: path.join(".") || "body", problem } : null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const keyProblem = unstorableText(key);
      if (keyProblem) return { path: [...path].join(".") || "body", problem: keyProblem };
      const found = findUnstorableText(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

// Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). The marks LRM and RLM
// stay allowed: right-to-left names legitimately use them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const NOTHING_VISIBLE = /^[\s\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]*$/u;

/** A name people see: NFC, trimmed, 1…max characters, something visible, no bidi controls. */
export function visibleName(messages: { required: string; max: number }) {
  return z
    .string({ error: messages.required })
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, messages.required)
        .max(messages.max, String(atMostCharacters(messages.max)))
        // An empty name is one problem (min), not also "nothing visible". (No `abort` on min: it
        // would also skip the whole form's own refinements, e.g. "the end must be after the start".)
        .refine((value) => value === "" || !NOTHING_VISIBLE.test(value), messages.required)
        .refine(
          (value) => !BIDI_CONTROLS.test(value),
          "Remove the invisible direction-changing characters.",
        ),
    );
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const EMOJI = /^(\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3)/u;

/** Exactly one emoji as a person sees it (a family 👨‍👩‍👧, a flag 🇸🇪 and a keycap 1️⃣ count as one). */
export function isSingleEmoji(value: string): boolean {
  const parts = [...graphemes.segment(value)];
  return parts.length === 1 && EMOJI.test(parts[0]!.segment);
}
