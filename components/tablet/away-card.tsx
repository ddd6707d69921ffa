"use client";
import { useFormatter, useTranslations } from "next-intl";
import { SpeakButton } from "@/components/tablet/speak-button";
import type { Whereabouts } from "@/lib/away/rules";
import { addDays, toDbDate, type LocalDate } from "@/lib/time/rules";

/**
 * The kid's day when the kid is away (issue 21): nothing is due, so instead of routines one big
 * card says where and when home comes again, with a speaker for a kid who cannot read yet.
 */
export function AwayCard({ away, date }: { away: Whereabouts; date: LocalDate }) {
  const t = useTranslations("tablet.away");
  const format = useFormatter();
  const title = away.place ? t("at", { place: away.place }) : t("away");
  const back = away.until && addDays(away.until, 1);
  const backLine = back
    ? back === addDays(date, 1)
      ? t("backTomorrow")
      : t("backOn", {
          weekday: format.dateTime(toDbDate(back), { weekday: "long", timeZone: "UTC" }),
        })
    : null;
  const words = backLine ? `${title}. ${backLine}` : title;
  return (
    <section
      aria-label={title}
      className="flex flex-col items-center gap-4 rounded-3xl bg-white p-8 text-center shadow"
    >
      <span aria-hidden className="text-7xl">
        🏡
      </span>
      <p className="text-3xl font-extrabold">{title}</p>
      {backLine && <p className="text-2xl">{backLine}</p>}
      <SpeakButton words={words} name={title} size="lg" tone="bg-sky-100" />
    </section>
  );
}
