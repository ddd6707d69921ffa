"use client";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import { mergeMessages, type MessageTree } from "@/lib/i18n/merge-messages";

/**
 * Adds `messages` to the ones given above (the root layout's frame) for the components inside.
 * next-intl's provider replaces the messages above it rather than adding to them; the rest of
 * its configuration (time zone, now, formats) comes from above as it is.
 */
export function MoreMessages({
  messages,
  children,
}: {
  messages: MessageTree;
  children: React.ReactNode;
}) {
  const above = useMessages() as MessageTree;
  const locale = useLocale();
  const merged = useMemo(() => mergeMessages(above, messages), [above, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
