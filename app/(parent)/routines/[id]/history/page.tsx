import { formatMoment } from "@/lib/time/format";
import { PageHeader } from "@/components/ui/page-header";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound, uuidParam } from "@/lib/pages";
import { parentPage } from "@/lib/auth/session";
import { getFamily } from "@/lib/families/queries";
import { changeMessage, type VersionChange } from "@/lib/routines/rules";
import { routineHistory } from "@/lib/routines/views";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routines");
  return { title: t("history.title") };
}

/**
 * What one version changed. routineHistory says it in the API's English (`changes`); with the
 * changes themselves (`diff`) beside them, the page says them in its own language.
 */
type VersionChanges = { changes: string[]; diff?: readonly VersionChange[] | null };

export default async function RoutineHistoryPage({ params }: PageProps<"/routines/[id]/history">) {
  const session = await parentPage("/routines");
  const id = uuidParam((await params).id);
  const [history, family, t, locale] = await Promise.all([
    orNotFound(routineHistory(session.familyId, id)),
    getFamily(session.familyId),
    getTranslations("routines"),
    getLocale(),
  ]);
  const changesOf = (version: VersionChanges, first: boolean): string[] => {
    if (first) return [t("history.firstVersion")];
    if (!version.diff) return version.changes;
    return version.diff.map((change) => {
      const { key, values } = changeMessage(change);
      return t(`history.changes.${key}`, values);
    });
  };
  return (
    <>
      <PageHeader
        back={{ href: `/routines/${id}`, label: history.name }}
        icon={history.icon}
        title={t("history.title")}
        description={t("history.description")}
      />
      <ol className="flex flex-col gap-4">
        {history.versions.map((version, index) => (
          <li key={version.number} className="rounded-3xl bg-white p-5 shadow ring-1 ring-black/5">
            <h2 className="text-xl font-bold">
              {t("history.version", { number: version.number })}
              {index === 0 && (
                // Read as "Version 2, current", not "Version 2current" (issue 17).
                <span className="ms-2 rounded-full bg-green-100 px-3 py-1 text-sm font-semibold text-green-900">
                  {t.rich("history.current", {
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </span>
              )}
            </h2>
            <p className="text-sm text-ink-700">
              {t("history.summary", {
                moment: formatMoment(
                  version.createdAt,
                  family.timeZone,
                  true,
                  locale,
                  family.clock,
                ),
                cards: version.cards,
                items: version.items,
                checks: version.checks,
              })}
            </p>
            <ul className="mt-3 list-disc ps-6">
              {changesOf(version, index === history.versions.length - 1).map((change, index) => (
                <li key={index}>{change}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
