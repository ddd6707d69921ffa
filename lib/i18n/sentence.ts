// A server sentence with names, numbers or days in it (issue 18). The English words are an ICU
// template ("Added “{name}”. Kids see it on the tablet.") and the values travel beside it, so the
// JSON API answers the English sentence while a page gets the same sentence in its reader's
// language: `translateState` looks the template up in messages/<locale>/server.json (by the key
// of its English text, like every server sentence) and fills in the values there. A day travels
// as a calendar day and is written in the reader's language, never in English inside German.
import { IntlMessageFormat } from "intl-messageformat";
import { formatDay } from "@/lib/time/format";
import type { LocalDate } from "@/lib/time/rules";

/** A calendar day as a value: "Friday, Nov 27" in English, "Freitag, 27. Nov." in German. */
export type DayValue = { day: LocalDate; style?: "long" | "weekdayLong" };
export type SentenceValue = string | number | DayValue;

export class Sentence {
  constructor(
    readonly template: string,
    readonly values: Readonly<Record<string, SentenceValue>> = {},
  ) {}

  /** The sentence in `locale`, from `template` (that language's words for this sentence). */
  format(locale: string, template = this.template): string {
    const values = Object.fromEntries(
      Object.entries(this.values).map(([name, value]) => {
        if (typeof value !== "object") return [name, value];
        const written = formatDay(value.day, value.style ?? "long", locale);
        // "le vendredi 27 nov." at the end of a sentence takes one full stop, not two.
        const endsSentence = template.includes(`{${name}}.`) && written.endsWith(".");
        return [name, endsSentence ? written.slice(0, -1) : written];
      }),
    );
    return String(
      new IntlMessageFormat(template, locale === "en-XA" ? "en" : locale).format(values),
    );
  }

  /** Kept in a row (a refused tap's reason): the template and values, plain JSON. */
  toJSON(): { template: string; values: Record<string, SentenceValue> } {
    return { template: this.template, values: { ...this.values } };
  }

  /** Back from a row; anything that is not a kept sentence gives null. */
  static fromJSON(json: unknown): Sentence | null {
    if (!json || typeof json !== "object") return null;
    const { template, values } = json as { template?: unknown; values?: unknown };
    if (typeof template !== "string" || !values || typeof values !== "object") return null;
    return new Sentence(template, values as Record<string, SentenceValue>);
  }

  /** English: what the JSON API answers and the logs show. */
  toString(): string {
    return this.format("en");
  }
}

/**
 * A sentence with values. The template is a plain double-quoted literal so the catalogue finds it
 * (lib/i18n/server-catalogue.ts); a name goes in a value, never into the template.
 */
export function sentence(template: string, values: Record<string, SentenceValue> = {}): Sentence {
  return new Sentence(template, values);
}

/** A day in a sentence, written the way its reader writes days. */
export const day = (date: LocalDate, style: DayValue["style"] = "long"): DayValue => ({
  day: date,
  style,
});

/** What server code says to people: a fixed sentence, or one with values. */
export type Words = string | Sentence;

/** The English words of either kind. */
export const english = (words: Words): string => String(words);
