import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { EndKidPass } from "@/components/tablet/end-kid-pass";
import { TabletServiceWorker } from "@/components/tablet/service-worker";
import { familyAwayCalendars } from "@/lib/away/queries";
import { awayOn, NO_AWAY } from "@/lib/away/rules";
import { tabletKids } from "@/lib/tablet/queries";
import { localDateAt } from "@/lib/time/rules";
import { tabletPage } from "@/lib/tablet/session";

export default async function KidPickerPage() {
  const session = await tabletPage();
  const today = localDateAt(new Date(), session.timeZone, session.dayStartMinute);
  const [kids, t, calendars] = await Promise.all([
    tabletKids(session.familyId),
    getTranslations("tablet.faces"),
    familyAwayCalendars(session.familyId, today),
  ]);
  // A kid away today keeps their face (the day says where), marked with a little house.
  const isAway = (kidId: string) => awayOn(calendars.get(kidId) ?? NO_AWAY, today) !== null;
  return (
    // The faces fill the screen, centred: a kid finds theirs from across the room (issue 17).
    <main className="mx-auto flex min-h-[calc(100dvh-3rem)] max-w-5xl flex-col justify-center gap-8">
      <EndKidPass onServer={Boolean(session.pass.kidPassKidId)} />
      {/* Ready offline: the faces and each kid's day (a PIN kid's: the PIN pad, unless their
          day is kept already: sw/sw.ts). */}
      <TabletServiceWorker pages={["/tablet", ...kids.map((kid) => `/tablet/kid/${kid.id}`)]} />
      <h1 className="text-center text-4xl font-extrabold">
        <span aria-hidden>👋 </span>
        {t("title")}
      </h1>
      <ul
        className={`grid gap-4 sm:gap-6 ${kids.length <= 2 || kids.length === 4 ? "grid-cols-2" : "grid-cols-2 md:grid-cols-3"}`}
      >
        {kids.map((kid) => (
          <li key={kid.id} className="flex">
            <Link
              href={`/tablet/kid/${kid.id}`}
              className="flex w-full flex-col items-center justify-center gap-3 rounded-3xl bg-white p-4 text-center shadow-lg ring-4 ring-transparent hover:ring-sky-400 focus-visible:ring-sky-600 sm:p-8"
            >
              <span className="text-[0px]">
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} size="xl" />
              </span>
              <span className="text-2xl font-extrabold break-words sm:text-3xl">
                {kid.displayName}
              </span>
              {/* Always the same height: a lock and a house, or their place kept. */}
              <span className="flex h-7 gap-2 text-2xl">
                {kid.hasPin && (
                  <span role="img" aria-label={t("needsPin")}>
                    🔒
                  </span>
                )}
                {isAway(kid.id) && (
                  <span role="img" aria-label={t("away")}>
                    🏡
                  </span>
                )}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {kids.length === 0 && <p className="text-center text-xl">{t("noKids")}</p>}
      <Link
        href="/tablet/exit"
        className="self-center rounded-full px-4 py-2 text-sm font-semibold text-ink-700 underline"
      >
        {t("leave")}
      </Link>
    </main>
  );
}
