import compile from "icu-minify/compile";
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
  "money",
  "away",
  // Server actions' sentences, keyed by their English (lib/i18n/server-messages.ts).
  "server",
  // Parents' push notifications, written on the server in the parent's language (lib/push/words.ts).
  "notifications",
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

/** What the pages' translations use: every namespace but the server's sentences. */
export type PageMessages = Omit<Messages, "server" | "notifications">;

function compiled(tree: unknown): unknown {
  // icu-minify makes its option maps without a prototype, which React will not pass to the
  // browser: as JSON they are plain data, which is all they are.
  if (typeof tree === "string") return JSON.parse(JSON.stringify(compile(tree))) as unknown;
  return Object.fromEntries(
    Object.entries(tree as Record<string, unknown>).map(([key, value]) => [key, compiled(value)]),
  );
}

// Parsed once per language and process: the messages never change while the app runs.
const pageMessages = new Map<string, Promise<PageMessages>>();

/**
 * One language's messages for next-intl, parsed here on the server (icu-minify), so browsers get
 * them ready to format and never download the ICU parser: next.config.mjs points
 * `use-intl/format-message` at its format-only half (decision 020, first-load JS in
 * docs/benchmarks.md). Server actions' sentences and notifications' words stay out: pages never
 * show them through t(), and every page would carry them.
 */
export function loadPageMessages(locale: Locale | typeof PSEUDO_LOCALE): Promise<PageMessages> {
  let messages = pageMessages.get(locale);
  if (!messages) {
    messages = loadMessages(locale).then(
      ({ server: _server, notifications: _notifications, ...pages }) =>
        compiled(pages) as PageMessages,
    );
    pageMessages.set(locale, messages);
  }
  return messages;
}
