import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ArchiveButton } from "@/components/ui/archive-button";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { RoutineEditor } from "@/components/routines/routine-editor";
import { orNotFound, uuidParam } from "@/lib/pages";
import { parentPage } from "@/lib/auth/session";
import { getFamily, listMembers } from "@/lib/families/queries";
import { archiveRoutineAction, restoreRoutineAction } from "@/lib/routines/actions";
import { getRoutineForEditor } from "@/lib/routines/views";
import { Panel } from "@/components/layout/panel";
import { TurnsPanel } from "@/components/routines/turns-panel";
import { listTurns } from "@/lib/rotation/queries";
import { formatDay } from "@/lib/time/format";
import { addDays, localDateAt } from "@/lib/time/rules";
import { ClaimsPanel } from "@/components/routines/claims-panel";
import { listClaims } from "@/lib/pool/queries";

/** The next two weeks of a routine the kids take turns at, in words (issue 21). */
async function turnLines(
  familyId: string,
  routineId: string,
  today: string,
  names: Map<string, string>,
) {
  const [t, locale, days] = await Promise.all([
    getTranslations("routines.turns"),
    getLocale(),
    listTurns(familyId, routineId, today, 14),
  ]);
  return days.map((day) => {
    const name = (id: string) => names.get(id) ?? "?";
    const [doer] = day.kidIds;
    const who =
      day.kidIds.length > 1
        ? t("everyone")
        : !doer
          ? t("nobody")
          : day.stored === "SWAP"
            ? t("swapped", { name: name(doer) })
            : day.turnOf && day.turnOf !== doer && day.stored === null
              ? t("covering", { name: name(doer), for: name(day.turnOf) })
              : name(doer);
    return {
      date: day.date,
      day: formatDay(day.date, "short", locale),
      who,
      today: day.date === today,
    };
  });
}

/** The last two weeks of a pool chore, newest first: who took each day (issue 21). */
async function claimLines(
  familyId: string,
  routineId: string,
  today: string,
  names: Map<string, string>,
) {
  const [t, locale, days] = await Promise.all([
    getTranslations("routines.claims"),
    getLocale(),
    listClaims(familyId, routineId, addDays(today, -13), 14),
  ]);
  return days.reverse().map((day) => ({
    date: day.date,
    day: formatDay(day.date, "short", locale),
    who: day.kidId
      ? t(day.done ? "tookDone" : "took", { name: names.get(day.kidId) ?? "?" })
      : !day.planned
        ? t("notPlanned")
        : day.date === today
          ? t("notYet")
          : t("nobody"),
    today: day.date === today,
    untaken: day.planned && !day.kidId && day.date !== today,
  }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routines");
  return { title: t("edit.metaTitle") };
}

/** What ?saved= says after a save: its message in "routines". */
const savedMessages: Record<string, "edit.created" | "edit.saved"> = {
  created: "edit.created",
  "in-place": "edit.saved",
  unchanged: "edit.saved",
};

export default async function RoutinePage({ params, searchParams }: PageProps<"/routines/[id]">) {
  const session = await parentPage("/routines");
  const id = uuidParam((await params).id);
  const query = await searchParams;
  const [routine, members, t, family] = await Promise.all([
    orNotFound(getRoutineForEditor(session.familyId, id)),
    listMembers(session.familyId),
    getTranslations("routines"),
    getFamily(session.familyId),
  ]);
  const kids = members.filter((m) => m.role === "CHILD");
  const names = new Map(kids.map((kid) => [kid.id, kid.displayName]));
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const savedKey = Object.hasOwn(savedMessages, String(query.saved))
    ? savedMessages[String(query.saved)]
    : undefined;
  const saved =
    query.saved === "new-version"
      ? t("edit.savedNewVersion", { number: routine.versionNumber })
      : savedKey && t(savedKey);

  return (
    <>
      <PageHeader
        back={{ href: "/routines", label: t("list.title") }}
        icon={routine.icon}
        title={
          <>
            {routine.name}
            {routine.archived && (
              <span className="ms-3 align-middle text-base font-semibold text-ink-700">
                {t("edit.archived")}
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
                {t("edit.historyLink", { number: routine.versionNumber })}
              </Link>
              <ArchiveButton
                archived={routine.archived}
                archive={archiveRoutineAction}
                restore={restoreRoutineAction}
                fields={{ routineId: routine.id }}
                name={t("edit.archiveName", { name: routine.name })}
                consequence={t("edit.archiveConsequence")}
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
      <RoutineEditor key={routine.revision} kids={kids} routine={routine} clock={family.clock} />
      {routine.turns && (
        <Panel id="turns-heading" title={t("turns.title")} intro={t("turns.intro")}>
          <TurnsPanel
            routineId={routine.id}
            today={today}
            lines={await turnLines(session.familyId, routine.id, today, names)}
            kids={kids
              .filter((kid) => routine.kidIds.includes(kid.id) && !kid.archived)
              .map((kid) => ({ id: kid.id, name: kid.displayName }))}
          />
        </Panel>
      )}
      {routine.pool && (
        <Panel id="claims-heading" title={t("claims.title")} intro={t("claims.intro")}>
          <ClaimsPanel
            label={t("claims.listLabel")}
            lines={await claimLines(session.familyId, routine.id, today, names)}
          />
        </Panel>
      )}
    </>
  );
}
