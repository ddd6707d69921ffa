import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckToggle } from "@/components/dashboard/check-toggle";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parentPage } from "@/lib/auth/session";
import { correctionsOf, type CorrectionLine } from "@/lib/checks/corrections";
import { getFamily, getMember } from "@/lib/families/queries";
import { orNotFound, uuidParam } from "@/lib/pages";
import { memberDay } from "@/lib/routines/day";
import { formatDay, formatMinute, formatMoment } from "@/lib/time/format";
import { BACKFILL_DAYS, addDays, localDateAt, type LocalDate } from "@/lib/time/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("kidDays.title") };
}

/**
 * A kid's last week, one day at a time, for a parent to fix what the tablet got wrong: a morning
 * done but not tapped, a tap by mistake (issue 17). The same days and rules as everywhere else;
 * each change is listed with who made it.
 */
export default async function KidDaysPage({
  params,
  searchParams,
}: PageProps<"/dashboard/kids/[id]">) {
  const session = await parentPage("/dashboard");
  const kidId = uuidParam((await params).id);
  const [family, kid] = await Promise.all([
    getFamily(session.familyId),
    orNotFound(getMember(session.familyId, kidId)),
  ]);
  if (kid.role !== "CHILD") notFound();
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  // Today first, then back in time: the order a parent looks for "the day it went wrong".
  const days = Array.from({ length: BACKFILL_DAYS + 1 }, (_, back) => addDays(today, -back));
  const asked = (await searchParams).date;
  const date = days.find((day) => day === asked) ?? today;
  const [day, lines, t, locale] = await Promise.all([
    memberDay(session.familyId, kidId, date),
    correctionsOf(session.familyId, kidId, date),
    getTranslations("dashboard.kidDays"),
    getLocale(),
  ]);
  const dayName = (d: LocalDate) =>
    d === today
      ? t("today")
      : d === addDays(today, -1)
        ? t("yesterday")
        : formatDay(d, "short", locale);
  const routines = day?.routines ?? [];
  const latest = new Map<string, CorrectionLine>();
  for (const line of lines) if (!latest.has(line.itemId)) latest.set(line.itemId, line);
  /** "Checked by Anna, 14:02": who changed an item, and when. */
  const said = (line: CorrectionLine) =>
    t(line.action === "ADDED" ? "checkedBy" : "uncheckedBy", {
      name: line.byName,
      time: formatMoment(line.at, family.timeZone, false, locale, family.clock),
    });
  /** "Brush teeth (Morning): Unchecked by Anna, Nov 30, 2026, 14:02": the day's changes. */
  const change = (line: CorrectionLine) =>
    t.rich(line.action === "ADDED" ? "changeChecked" : "changeUnchecked", {
      item: line.itemLabel,
      routine: line.routineName,
      name: line.byName,
      time: formatMoment(line.at, family.timeZone, true, locale, family.clock),
      strong: (chunks) => <strong>{chunks}</strong>,
    });

  return (
    <>
      <PageHeader
        back={{ href: "/dashboard", label: t("back") }}
        title={t("heading", { name: kid.displayName })}
        icon={kid.avatarEmoji}
        description={t("description", { count: BACKFILL_DAYS })}
      />
      {/* On a phone the days scroll sideways in one row; wider, they wrap. */}
      <nav
        aria-label={t("days")}
        className="-mx-5 overflow-x-auto px-5 py-1 sm:mx-0 sm:overflow-visible sm:px-0"
      >
        <ul className="flex gap-2 sm:flex-wrap">
          {days.map((d) => (
            <li key={d} className="shrink-0">
              <Link
                href={`/dashboard/kids/${kidId}?date=${d}`}
                aria-current={d === date ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full px-4 font-semibold whitespace-nowrap ring-2 ${
                  d === date
                    ? "bg-ink-900 text-white ring-ink-900"
                    : "bg-white ring-stone-300 hover:bg-sun-100"
                }`}
              >
                {dayName(d)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="text-xl font-bold">{formatDay(date, "long", locale)}</h2>
      {routines.length === 0 ? (
        <EmptyState emoji="🌤️" title={t("emptyTitle", { name: kid.displayName })}>
          {t.rich("empty", {
            link: (chunks) => (
              <Link href="/routines" className="font-semibold underline">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {routines.map((routine) => (
            <section
              key={routine.id}
              aria-labelledby={`routine-${routine.id}`}
              className="flex flex-col gap-3 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <h3 id={`routine-${routine.id}`} className="min-w-0 text-lg font-bold break-words">
                  <span aria-hidden>{routine.icon} </span>
                  {routine.name}
                </h3>
                <p className="text-sm text-ink-700">
                  {t("routineProgress", {
                    start: formatMinute(routine.startMinute, locale, family.clock),
                    end: formatMinute(routine.endMinute, locale, family.clock),
                    done: routine.done,
                    total: routine.total,
                  })}
                </p>
              </div>
              {routine.cards.map((card) => (
                <div key={card.id} className="flex flex-col gap-2">
                  <p className="text-sm font-semibold text-ink-700">
                    <span aria-hidden>{card.pictureEmoji} </span>
                    {card.title}
                  </p>
                  <ul className="flex flex-col gap-2" aria-label={card.title}>
                    {card.items.map((item) => {
                      const line = latest.get(item.id);
                      return (
                        <CheckToggle
                          key={item.id}
                          kidId={kidId}
                          itemId={item.id}
                          date={date}
                          label={item.label}
                          checked={item.checkId !== null}
                          note={line && said(line)}
                        />
                      );
                    })}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
      <section aria-labelledby="changes-heading" className="flex flex-col gap-2">
        <h2 id="changes-heading" className="text-xl font-bold">
          {t("changes")}
        </h2>
        {lines.length === 0 ? (
          <p className="text-ink-700">{t("noChanges")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {lines.map((line) => (
              <li key={line.id} className="break-words">
                {change(line)}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-ink-700">
          {t.rich("habitsHint", {
            link: (chunks) => (
              <Link href="/habits" className="font-semibold underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
    </>
  );
}
