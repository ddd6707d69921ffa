import "server-only";
// Server actions answer in the page's language (issue 18): their English sentences are looked up
// in messages/<locale>/server.json by a key made from the text (lib/i18n/server-catalogue.ts).
// A sentence with a name in it ("Added “Ice cream”…") is not in the catalogue and stays English.
import type { ActionState } from "@/lib/actions/validated-action";
import { messageKey } from "@/lib/i18n/server-catalogue";
import { loadMessages } from "@/lib/i18n/messages";

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

/** `state` with its message and field errors in this request's language. */
export async function translateState(state: ActionState): Promise<ActionState> {
  const locale = await localeOfRequest();
  if (locale === "en") return state;
  const catalogue = (await loadMessages(locale)).server as Record<string, string>;
  const say = (text: string) => catalogue[messageKey(text)] ?? text;
  if (state.ok) return state.message ? { ...state, message: say(state.message) } : state;
  return {
    ...state,
    message: say(state.message),
    ...(state.fieldErrors && {
      fieldErrors: Object.fromEntries(
        Object.entries(state.fieldErrors).map(([field, errors]) => [field, errors.map(say)]),
      ),
    }),
  };
}
