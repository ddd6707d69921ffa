import { formatMoment } from "@/lib/time/format";
import { PageHeader } from "@/components/ui/page-header";
import type { Metadata } from "next";
import { orNotFound, uuidParam } from "@/lib/pages";
import { parentPage } from "@/lib/auth/session";
import { getFamily } from "@/lib/families/queries";
import { routineHistory } from "@/lib/routines/views";

export const metadata: Metadata = { title: "Version history" };

export default async function RoutineHistoryPage({ params }: PageProps<"/routines/[id]/history">) {
  const session = await parentPage("/routines");
  const id = uuidParam((await params).id);
  const [history, family] = await Promise.all([
    orNotFound(routineHistory(session.familyId, id)),
    getFamily(session.familyId),
  ]);
  return (
    <>
      <PageHeader
        back={{ href: `/routines/${id}`, label: history.name }}
        icon={history.icon}
        title="Version history"
        description="A routine gets a new version when it is edited after a kid has checked something. Old checks keep pointing at the version the kid saw."
      />
      <ol className="flex flex-col gap-4">
        {history.versions.map((version, index) => (
          <li key={version.number} className="rounded-3xl bg-white p-5 shadow ring-1 ring-black/5">
            <h2 className="text-xl font-bold">
              Version {version.number}
              {index === 0 && (
                // Read as "Version 2, current", not "Version 2current" (issue 17).
                <span className="ml-2 rounded-full bg-green-100 px-3 py-1 text-sm font-semibold text-green-900">
                  <span className="sr-only">, </span>current
                </span>
              )}
            </h2>
            <p className="text-sm text-ink-700">
              Since {formatMoment(version.createdAt, family.timeZone)} · {version.cards} cards,{" "}
              {version.items} items · {version.checks} {version.checks === 1 ? "check" : "checks"}
            </p>
            <ul className="mt-3 list-disc pl-6">
              {version.changes.map((change, index) => (
                <li key={index}>{change}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
