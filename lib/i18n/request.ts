// next-intl's configuration for each request (issue 18): the language a page is drawn in, and only
// that language's messages. The tablet's kid pages draw in the kid's language on top of this
// (components/tablet/kid-language.tsx).
import { getRequestConfig } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { loadPageMessages } from "@/lib/i18n/messages";
import { PSEUDO_LOCALE } from "@/lib/i18n/pseudo";
import { requestLocale } from "@/lib/i18n/request-locale";

export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) || asked === PSEUDO_LOCALE ? asked : await requestLocale();
  return { locale, messages: await loadPageMessages(locale) };
});
