import { getMessages } from "next-intl/server";
import { MoreMessages } from "@/components/i18n/more-messages";
import { pickMessages, SECTION_MESSAGES, type Section } from "@/lib/i18n/client-messages";

/**
 * A section's layout gives its client components the parts of the messages they translate, on
 * top of the frame's (lib/i18n/client-messages.ts, decision 031).
 */
export async function SectionMessages({
  section,
  children,
}: {
  section: Section;
  children: React.ReactNode;
}) {
  const messages = pickMessages(await getMessages(), SECTION_MESSAGES[section]);
  return <MoreMessages messages={messages}>{children}</MoreMessages>;
}
