// The languages the app speaks (issue 18), and how a request's language is chosen. Pure: the
// server, the browser and the tests share it. Adding a language: docs/translating.md.

export const LOCALES = ["en", "de", "es", "fr", "pt-BR", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language in its own words, for the pickers. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  es: "Español",
  fr: "Français",
  "pt-BR": "Português (Brasil)",
  ar: "العربية",
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** Arabic is written right to left; the others left to right. */
export const directionOf = (locale: Locale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr");

/**
 * The best of our languages for an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8"): by the
 * browser's order of preference, an exact match first, then the same language (de-CH → de,
 * pt-PT → pt-BR), else English.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  const wanted = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        tag: tag.trim().toLowerCase(),
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of wanted) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split("-")[0];
    const same = LOCALES.find((locale) => locale.toLowerCase().split("-")[0] === language);
    if (same) return same;
  }
  return DEFAULT_LOCALE;
}
