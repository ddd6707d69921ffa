import { ParentHeader } from "@/components/layout/parent-header";
import { ToasterProvider } from "@/components/ui/toast";
import { parentPage } from "@/lib/auth/session";
import { getFamily } from "@/lib/families/queries";

// Pages here each check the session themselves too: a layout does not re-run on every navigation.
export default async function ParentLayout({ children }: LayoutProps<"/">) {
  const session = await parentPage();
  const family = await getFamily(session.familyId);
  return (
    <ToasterProvider>
      <ParentHeader familyName={family.name} userName={session.name} />
      <main className="mx-auto flex max-w-5xl flex-col gap-8 px-5 py-8">{children}</main>
    </ToasterProvider>
  );
}
