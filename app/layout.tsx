import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Family Routines", template: "%s · Family Routines" },
  description:
    "Morning, after-school and bedtime routines kids can follow on a shared tablet, and habits with fair streaks. Open source and self-hostable.",
};

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
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-dvh">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
