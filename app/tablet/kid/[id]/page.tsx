import { headers } from "next/headers";
import { Avatar } from "@/components/family/avatar";
import { KidToday } from "@/components/tablet/kid-today";
import { PinPad } from "@/components/tablet/pin-pad";
import { TabletServiceWorker } from "@/components/tablet/service-worker";
import { env } from "@/lib/env";
import { kidDays } from "@/lib/tablet/kid-day";
import { orNotFound, uuidParam } from "@/lib/pages";
import { memberBalance } from "@/lib/points/queries";
import { findTabletKid } from "@/lib/tablet/queries";
import { mayActFor, tabletPage } from "@/lib/tablet/session";

/**
 * Is this render for the service worker to keep (its own fetch, not a page being shown)? A PIN
 * kid's day kept that way opens later only behind the tablet's own PIN check (decision 015).
 * Browsers mark a worker's fetch `Sec-Fetch-Dest: empty`; a navigation says `document`, and
 * Next's own fetches of a page carry `RSC: 1`.
 */
async function forKeeping() {
  const request = await headers();
  return request.get("sec-fetch-dest") === "empty" && request.get("rsc") !== "1";
}

export default async function KidPage({ params }: PageProps<"/tablet/kid/[id]">) {
  const session = await tabletPage();
  const id = uuidParam((await params).id);
  const kid = await orNotFound(findTabletKid(session.familyId, id));
  const idleMs = env().TABLET_IDLE_SECONDS * 1000;
  const header = (
    <div className="flex items-center justify-center gap-4">
      <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} size="lg" />
      <h1 className="text-4xl font-extrabold">{kid.displayName}</h1>
    </div>
  );
  if (!mayActFor(session, kid)) {
    return (
      <main className="mx-auto flex max-w-md flex-col gap-8">
        {header}
        <PinPad
          kidId={kid.id}
          pinVersion={kid.pinVersion}
          lockedMinutes={kid.lockedMinutes}
          idleMs={idleMs}
        />
      </main>
    );
  }
  const [days, balance] = await Promise.all([
    kidDays(session, kid.id),
    memberBalance(session.familyId, kid.id),
  ]);
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-6">
      {/* The way back to the faces, ready offline too; and this day as the server shows it now,
          with the kid's pass (for a PIN kid, the only time it can be kept: sw/sw.ts). */}
      <TabletServiceWorker pages={["/tablet", ...(kid.hasPin ? [`/tablet/kid/${kid.id}`] : [])]} />
      {header}
      <KidToday
        kidId={kid.id}
        days={days}
        idleMs={idleMs}
        balance={balance}
        look={kid.look}
        pinVersion={kid.hasPin ? kid.pinVersion : null}
        renderedAt={new Date().toISOString()}
        kept={await forKeeping()}
      />
    </main>
  );
}
