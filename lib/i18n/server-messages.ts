import "server-only";
// Server actions answer in the page's language (issue 18): their English sentences are looked up
// in messages/<locale>/server.json by a key made from the text (lib/i18n/server-catalogue.ts).
// A sentence with a name or a day in it is a Sentence (lib/i18n/sentence.ts): its template is
// looked up the same way and its values filled in, days written in the reader's language.
import type { ActionState, RunState } from "@/lib/actions/validated-action";
import { type Words, english } from "@/lib/i18n/sentence";
import { messageKey } from "@/lib/i18n/server-catalogue";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { PSEUDO_LOCALE } from "@/lib/i18n/pseudo";

/** This request's language; English outside a request (a unit test calling an action). */
async function localeOfRequest() {
  try {
    // Loaded when first needed: the session and the database stay out of pure tests' imports.
    const { requestLocale } = await import("@/lib/i18n/request-locale");
    return await requestLocale();
  } catch {
    return "en" as const;
  }
}

/** Server words in this request's language: `say(words)` for each. */
export async function serverWords() {
  return wordsIn(await localeOfRequest());
}

/** Server words in a given language (a notification in its parent's language, outside a request). */
export async function wordsIn(locale: Locale | typeof PSEUDO_LOCALE) {
  const catalogue =
    locale === "en" ? {} : ((await loadMessages(locale)).server as Record<string, string>);
  return (words: Words): string => {
    const template = typeof words === "string" ? words : words.template;
    const translated = catalogue[messageKey(template)];
    if (typeof words === "string") return translated ?? words;
    // A translation whose values do not fit is a bug of the catalogue: say it in English.
    try {
      return words.format(translated ? locale : "en", translated ?? template);
    } catch {
      return english(words);
    }
  };
}

/** `state` with its message and field errors in this request's language. */
export async function translateState(state: RunState): Promise<ActionState> {
  const say = await serverWords();
  if (state.ok) {
    const { message, ...rest } = state;
    return message ? { ...rest, message: say(message) } : rest;
  }
  const { fieldErrors, ...rest } = state;
  return {
    ...rest,
    message: say(state.message),
    ...(fieldErrors && {
      fieldErrors: Object.fromEntries(
        Object.entries(fieldErrors).map(([field, errors]) => [field, errors.map(say)]),
      ),
    }),
  };
}
