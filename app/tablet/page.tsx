import Link from "next/link";
import { Avatar } from "@/components/family/avatar";
import { EndKidPass } from "@/components/tablet/end-kid-pass";
import { TabletServiceWorker } from "@/components/tablet/service-worker";
import { tabletKids } from "@/lib/tablet/queries";
import { tabletPage } from "@/lib/tablet/session";

export default async function KidPickerPage() {
  const session = await tabletPage();
  const kids = await tabletKids(session.familyId);
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-8">
      <EndKidPass onServer={Boolean(session.pass.kidPassKidId)} />
      {/* Ready offline: the faces and each kid's day (a PIN kid's: the PIN pad, unless their
          day is kept already: sw/sw.ts). */}
      <TabletServiceWorker pages={["/tablet", ...kids.map((kid) => `/tablet/kid/${kid.id}`)]} />
      <h1 className="text-center text-4xl font-extrabold">
        <span aria-hidden>👋 </span>Who are you?
      </h1>
      <ul className="grid grid-cols-2 gap-6 md:grid-cols-3">
        {kids.map((kid) => (
          <li key={kid.id}>
            <Link
              href={`/tablet/kid/${kid.id}`}
              className="flex flex-col items-center gap-3 rounded-3xl bg-white p-6 shadow-lg ring-4 ring-transparent hover:ring-sky-400 focus-visible:ring-sky-600"
            >
              <span className="text-[0px]">
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} size="lg" />
              </span>
              <span className="text-2xl font-extrabold">{kid.displayName}</span>
              {kid.hasPin && <span aria-label="needs a PIN">🔒</span>}
            </Link>
          </li>
        ))}
      </ul>
      {kids.length === 0 && (
        <p className="text-center text-xl">No kids yet: a parent adds them on the Family page.</p>
      )}
      <Link
        href="/tablet/exit"
        className="self-center rounded-full px-4 py-2 text-sm font-semibold text-ink-700 underline"
      >
        Parents: leave tablet mode
      </Link>
    </main>
  );
}
