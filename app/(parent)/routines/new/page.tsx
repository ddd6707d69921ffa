import type { Metadata } from "next";
import Link from "next/link";
import { RoutineEditor } from "@/components/routines/routine-editor";
import { parentPage } from "@/lib/auth/session";
import { listMembers } from "@/lib/families/queries";

export const metadata: Metadata = { title: "New routine" };

export default async function NewRoutinePage() {
  const session = await parentPage("/routines/new");
  const kids = (await listMembers(session.familyId)).filter((m) => m.role === "CHILD");
  return (
    <>
      <Link href="/routines" className="font-semibold underline">
        ← Routines
      </Link>
      <h1 className="text-3xl font-extrabold tracking-tight">New routine</h1>
      <RoutineEditor kids={kids} />
    </>
  );
}
