import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { FRAME_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fbbf24",
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Reading the request makes every page render per request, which the CSP needs: Next can put
  // this request's nonce on its scripts only then (a prerendered page would carry none and its
  // scripts would be blocked).
  await headers();
  // The request's language (lib/i18n/request.ts): a parent's choice, else the browser's.
  const locale = (await getLocale()) as Locale;
  // What the layouts' client components and the error screens translate; each section's layout
  // adds its own (lib/i18n/client-messages.ts, decision 031). Server components translate on the
  // server, and what is given here goes to the browser with every page and every refresh.
  const messages = pickMessages(await getMessages(), FRAME_MESSAGES);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-dvh">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
