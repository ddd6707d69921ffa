import type { Locale } from "@/lib/i18n/locales";

/** One language's messages (messages/<locale>.json), loaded only when that language is used. */
export async function loadMessages(locale: Locale) {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}

export type Messages = typeof import("../../messages/en.json");
