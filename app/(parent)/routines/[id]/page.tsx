import type { Metadata } from "next";
import { ArchiveButton } from "@/components/ui/archive-button";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { RoutineEditor } from "@/components/routines/routine-editor";
import { orNotFound, uuidParam } from "@/lib/pages";
import { parentPage } from "@/lib/auth/session";
import { listMembers } from "@/lib/families/queries";
import { archiveRoutineAction, restoreRoutineAction } from "@/lib/routines/actions";
import { getRoutineForEditor } from "@/lib/routines/views";

export const metadata: Metadata = { title: "Edit routine" };

const savedMessages: Record<string, string> = {
  created: "Routine created.",
  "in-place": "Saved.",
  unchanged: "Saved.",
};

export default async function RoutinePage({ params, searchParams }: PageProps<"/routines/[id]">) {
  const session = await parentPage("/routines");
  const id = uuidParam((await params).id);
  const query = await searchParams;
  const [routine, members] = await Promise.all([
    orNotFound(getRoutineForEditor(session.familyId, id)),
    listMembers(session.familyId),
  ]);
  const kids = members.filter((m) => m.role === "CHILD");
  const saved =
    query.saved === "new-version"
      ? `Saved as version ${routine.versionNumber}. Checks made before keep showing the version they were made on.`
      : savedMessages[String(query.saved)];

  return (
    <>
      <PageHeader
        back={{ href: "/routines", label: "Routines" }}
        icon={routine.icon}
        title={
          <>
            {routine.name}
            {routine.archived && (
              <span className="ml-3 align-middle text-base font-semibold text-ink-700">
                (archived)
              </span>
            )}
          </>
        }
        actions={
          <>
            <div className="flex flex-wrap items-center gap-3">
              <Link
                href={`/routines/${routine.id}/history`}
                className="rounded-full bg-white px-4 py-2 font-semibold shadow ring-1 ring-black/10"
              >
                Version history (v{routine.versionNumber})
              </Link>
              <ArchiveButton
                archived={routine.archived}
                archive={archiveRoutineAction}
                restore={restoreRoutineAction}
                fields={{ routineId: routine.id }}
                name={`“${routine.name}”`}
                consequence="Kids no longer see it on the tablet. Its history and versions stay, and you can restore it any time."
              />
            </div>
          </>
        }
      />
      {saved && (
        <p role="status" className="rounded-xl bg-green-100 px-4 py-3 font-semibold text-green-900">
          {saved}
        </p>
      )}
      {/* Keyed by revision: after a save the editor starts from what was stored. */}
      <RoutineEditor key={routine.revision} kids={kids} routine={routine} />
    </>
  );
}
