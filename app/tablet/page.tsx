import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { EndKidPass } from "@/components/tablet/end-kid-pass";
import { TabletServiceWorker } from "@/components/tablet/service-worker";
import { tabletKids } from "@/lib/tablet/queries";
import { tabletPage } from "@/lib/tablet/session";

export default async function KidPickerPage() {
  const session = await tabletPage();
  const [kids, t] = await Promise.all([
    tabletKids(session.familyId),
    getTranslations("tablet.faces"),
  ]);
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
              {/* Always the same height: a lock, or its place kept. */}
              {kid.hasPin ? (
                <span role="img" aria-label={t("needsPin")} className="h-7 text-2xl">
                  🔒
                </span>
              ) : (
                <span aria-hidden className="h-7" />
              )}
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
