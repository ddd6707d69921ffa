import { KidLanguage } from "@/components/tablet/kid-language";
import { uuidParam } from "@/lib/pages";
import { tabletKidLanguage } from "@/lib/tablet/queries";
import { tabletPage } from "@/lib/tablet/session";

/**
 * Everything of a kid's on the tablet speaks the kid's language (issue 18): the day, the rewards,
 * the PIN pad, and also the failure screen (error.tsx beside this layout renders inside it).
 */
export default async function KidLayout({ children, params }: LayoutProps<"/tablet/kid/[id]">) {
  const session = await tabletPage();
  const language = await tabletKidLanguage(session.familyId, uuidParam((await params).id));
  return <KidLanguage language={language}>{children}</KidLanguage>;
}
