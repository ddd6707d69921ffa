import "server-only";
import { headers } from "next/headers";
import { getSession } from "@/lib/auth/session";
import { isLocale, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { PSEUDO_LOCALE, pseudoEnabled } from "@/lib/i18n/pseudo";

/**
 * The language of this request: the tests' pseudo-language when asked for, else a signed-in
 * parent's own choice, else the browser's best match (lib/i18n/locales.ts).
 */
export async function requestLocale(): Promise<Locale | typeof PSEUDO_LOCALE> {
  const acceptLanguage = (await headers()).get("accept-language");
  if (pseudoEnabled() && acceptLanguage?.startsWith(PSEUDO_LOCALE)) return PSEUDO_LOCALE;
  const session = await getSession().catch(() => null);
  if (session?.locale && isLocale(session.locale)) return session.locale;
  return negotiateLocale(acceptLanguage);
}
