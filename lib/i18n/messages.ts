import type { Locale } from "@/lib/i18n/locales";
import { PSEUDO_LOCALE, pseudoMessages } from "@/lib/i18n/pseudo";

/**
 * The namespaces of messages: one file per namespace and language, messages/<locale>/<ns>.json,
 * so a screen's words live together and translators work on one file at a time
 * (docs/translating.md). A component asks for its namespace: useTranslations("routines").
 */
export const NAMESPACES = [
  "common",
  "tablet",
  "tabletAdmin",
  "ui",
  "layout",
  "auth",
  "onboarding",
  "landing",
  "dashboard",
  "routines",
  "habits",
  "rewards",
  "family",
  "account",
  // Server actions' sentences, keyed by their English (lib/i18n/server-messages.ts).
  "server",
] as const;

export type Messages = Record<(typeof NAMESPACES)[number], Record<string, unknown>>;

async function read(locale: Locale): Promise<Messages> {
  const files = await Promise.all(
    NAMESPACES.map(
      async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(files) as Messages;
}

/**
 * One language's messages, loaded only when that language is used; the tests' pseudo-language is
 * English made strange (lib/i18n/pseudo.ts).
 */
export async function loadMessages(locale: Locale | typeof PSEUDO_LOCALE): Promise<Messages> {
  return locale === PSEUDO_LOCALE ? pseudoMessages(await read("en")) : read(locale);
}
