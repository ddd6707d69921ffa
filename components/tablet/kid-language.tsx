import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { KID_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { loadPageMessages } from "@/lib/i18n/messages";

/**
 * A kid's part of the tablet in the kid's own language (issue 18): the words, the direction
 * (Arabic right to left), and the read-aloud voice, which speaks the language of
 * `[data-kid-language]` (components/tablet/speech.ts). Without a choice, the tablet's language.
 */
export async function KidLanguage({
  language,
  children,
}: {
  language: Locale | null;
  children: React.ReactNode;
}) {
  const locale = language ?? ((await getLocale()) as Locale);
  // The parts a kid's pages translate in the browser, not every namespace (issue 22: the tablet
  // refreshes her day after her taps, and each refresh carried them all).
  const messages = pickMessages(await loadPageMessages(locale), KID_MESSAGES);
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <div lang={locale} dir={directionOf(locale)} data-kid-language className="contents">
        {children}
      </div>
    </NextIntlClientProvider>
  );
}

/** The language a kid's page speaks: theirs, or the tablet's. */
export async function kidLocale(language: Locale | null): Promise<Locale> {
  return language ?? ((await getLocale()) as Locale);
}
