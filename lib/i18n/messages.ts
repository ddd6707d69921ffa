import type { Locale } from "@/lib/i18n/locales";
import { PSEUDO_LOCALE, pseudoMessages } from "@/lib/i18n/pseudo";

export type Messages = typeof import("../../messages/en.json");

/**
 * One language's messages (messages/<locale>.json), loaded only when that language is used; the
 * tests' pseudo-language is English made strange (lib/i18n/pseudo.ts).
 */
export async function loadMessages(locale: Locale | typeof PSEUDO_LOCALE): Promise<Messages> {
  if (locale === PSEUDO_LOCALE)
    return pseudoMessages((await import("../../messages/en.json")).default);
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}
