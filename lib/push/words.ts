import "server-only";
// A notification's words (issue 19): in the language the parent chose for the app, else the one
// their device's page spoke when notifications were turned on; from messages/<locale>/
// notifications.json, which pages never load.
import { IntlMessageFormat } from "intl-messageformat";
import { type Locale, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

export function notificationLocale(chosen: string | null | undefined, device: string): Locale {
  return isLocale(chosen) ? chosen : isLocale(device) ? device : "en";
}

export type Say = (key: `${string}.${string}`, values?: Record<string, string | number>) => string;

export async function notificationWords(locale: Locale): Promise<Say> {
  const messages = (await loadMessages(locale)).notifications as Record<
    string,
    Record<string, string>
  >;
  return (key, values = {}) => {
    const [group, name] = key.split(".") as [string, string];
    return String(new IntlMessageFormat(messages[group]![name]!, locale).format(values));
  };
}
