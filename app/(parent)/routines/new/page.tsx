import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { RoutineEditor } from "@/components/routines/routine-editor";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routines");
  return { title: t("new.title") };
}

export default async function NewRoutinePage() {
  const session = await parentPage("/routines/new");
  const [members, t, family] = await Promise.all([
    listMembers(session.familyId),
    getTranslations("routines"),
    getFamily(session.familyId),
  ]);
  const kids = members.filter((m) => m.role === "CHILD");
  return (
    <>
      <PageHeader back={{ href: "/routines", label: t("list.title") }} title={t("new.title")} />
      <RoutineEditor kids={kids} clock={family.clock} />
    </>
  );
}
