import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { RoutineEditor } from "@/components/routines/routine-editor";
import { parentPage } from "@/lib/auth/session";
import { listMembers } from "@/lib/families/queries";

export const metadata: Metadata = { title: "New routine" };

export default async function NewRoutinePage() {
  const session = await parentPage("/routines/new");
  const kids = (await listMembers(session.familyId)).filter((m) => m.role === "CHILD");
  return (
    <>
      <PageHeader back={{ href: "/routines", label: "Routines" }} title="New routine" />
      <RoutineEditor kids={kids} />
    </>
  );
}
