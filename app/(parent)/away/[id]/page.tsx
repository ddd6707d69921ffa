import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AwayPatternForm, AwayRangeForm } from "@/components/away/away-forms";
import { AwayWeeks } from "@/components/away/away-weeks";
import { Panel } from "@/components/layout/panel";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { parentPage } from "@/lib/auth/session";
import { clearAwayPatternAction, removeAwayRangeAction } from "@/lib/away/actions";
import { awayCalendar } from "@/lib/away/queries";
import { awayGrid, cycleStartFor, presetPattern, whereabouts } from "@/lib/away/rules";
import { familyWeekdayNames } from "@/lib/away/weekdays";
import { awayCells, whereaboutsWords } from "@/lib/away/words";
import { getFamily, getMember } from "@/lib/families/queries";
import { orNotFound, uuidParam } from "@/lib/pages";
import { formatDay } from "@/lib/time/format";
import { localDateAt } from "@/lib/time/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("away");
  return { title: t("title") };
}

/**
 * One kid's away days (issue 21): the next four weeks, the repeating pattern drawn on a grid, and
 * one-off days away or at home after all.
 */
export default async function KidAwayPage({ params }: PageProps<"/away/[id]">) {
  const session = await parentPage("/away");
  const kidId = uuidParam((await params).id);
  const [family, kid, t, locale, line, cells] = await Promise.all([
    getFamily(session.familyId),
    orNotFound(getMember(session.familyId, kidId)),
    getTranslations("away"),
    getLocale(),
    whereaboutsWords(),
    awayCells(),
  ]);
  if (kid.role !== "CHILD") notFound();
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const calendar = await awayCalendar(family.id, kid.id);
  const now = whereabouts(calendar, today);
  const thisWeek = cycleStartFor(today, family.weekStart);
  const weekdays = familyWeekdayNames(family.weekStart, locale);
  const name = kid.displayName;
  // Past one-off days are history: the list shows what is current or to come.
  const ranges = calendar.days.filter((range) => range.endDate >= today);
  const rangeWords = (range: (typeof ranges)[number]) => {
    const from = formatDay(range.startDate, "short", locale);
    const dates = {
      dates:
        range.startDate === range.endDate
          ? from
          : t("span", { from, to: formatDay(range.endDate, "short", locale) }),
    };
    const place = range.place ?? calendar.pattern?.place;
    return range.kind === "HOME"
      ? t("rangeHome", dates)
      : place
        ? t("rangeAwayAt", { ...dates, place })
        : t("rangeAway", dates);
  };
  return (
    <>
      <PageHeader
        title={t("kidTitle", { name })}
        description={now ? line(now, today) : t("home")}
        back={{ href: "/away", label: t("title") }}
      />
      <Panel id="weeks-heading" title={t("kidWeeks", { name })}>
        <AwayWeeks
          caption={t("kidWeeks", { name })}
          weekdays={weekdays}
          weeks={cells(awayGrid(calendar, thisWeek, 4), today)}
        />
      </Panel>
      <Panel id="pattern-heading" title={t("patternTitle")} intro={t("patternIntro")}>
        {!calendar.pattern && <p className="mb-3 text-ink-700">{t("noPattern", { name })}</p>}
        <AwayPatternForm
          kidId={kid.id}
          kidName={name}
          weekStart={family.weekStart}
          weekdays={weekdays}
          pattern={
            calendar.pattern
              ? { ...calendar.pattern, awayDays: [...calendar.pattern.awayDays] }
              : {
                  place: "",
                  startDate: thisWeek,
                  ...presetPattern("alternateWeeks", family.weekStart),
                }
          }
        />
        {calendar.pattern && (
          <div className="mt-4">
            <ActionButton
              action={clearAwayPatternAction}
              fields={{ kidId: kid.id }}
              variant="quiet"
              confirm={{
                title: t("removePatternAsk", { name }),
                description: t("removePatternConfirm", { name }),
                confirmLabel: t("removePattern"),
              }}
            >
              {t("removePattern")}
            </ActionButton>
          </div>
        )}
      </Panel>
      <Panel id="ranges-heading" title={t("rangesTitle")} intro={t("rangesIntro")}>
        {ranges.length === 0 ? (
          <p className="mb-4 text-ink-700">{t("noRanges")}</p>
        ) : (
          <ul aria-labelledby="ranges-heading" className="mb-4 flex flex-col gap-2">
            {ranges.map((range) => (
              <li
                key={range.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-2xl bg-sun-50 px-4 py-2"
              >
                <span>
                  <span aria-hidden>{range.kind === "HOME" ? "🏠 " : "🏡 "}</span>
                  {rangeWords(range)}
                </span>
                <ActionButton
                  action={removeAwayRangeAction}
                  fields={{ kidId: kid.id, rangeId: range.id }}
                  variant="quiet"
                >
                  <span className="sr-only">{t("removeRange", { what: rangeWords(range) })}</span>
                  <span aria-hidden>{t("remove")}</span>
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
        <AwayRangeForm kidId={kid.id} kidName={name} today={today} />
      </Panel>
    </>
  );
}
