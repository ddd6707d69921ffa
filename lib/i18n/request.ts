// next-intl's configuration for each request (issue 18): the language a page is drawn in, and only
// that language's messages. A signed-in parent's own choice wins; then the browser's languages.
// The tablet's kid pages draw in the kid's language on top of this (app/tablet/kid/[id]).
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { isLocale, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { PSEUDO_LOCALE, pseudoEnabled } from "@/lib/i18n/pseudo";

export async function requestLocale(): Promise<Locale | typeof PSEUDO_LOCALE> {
  const acceptLanguage = (await headers()).get("accept-language");
  // The tests' pseudo-language, asked for by the browser's language (e2e/pseudo.spec.ts).
  if (pseudoEnabled() && acceptLanguage?.startsWith(PSEUDO_LOCALE)) return PSEUDO_LOCALE;
  const session = await getSession().catch(() => null);
  if (session?.locale && isLocale(session.locale)) return session.locale;
  return negotiateLocale(acceptLanguage);
}

export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) || asked === PSEUDO_LOCALE ? asked : await requestLocale();
  return { locale, messages: await loadMessages(locale) };
});
