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

export default async function KidPage({ params }: PageProps<"/tablet/kid/[id]">) {
  const session = await tabletPage();
  const id = uuidParam((await params).id);
  const kid = await orNotFound(findTabletKid(session.familyId, id));
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
        <PinPad kidId={kid.id} lockedMinutes={kid.lockedMinutes} />
      </main>
    );
  }
  const [days, balance] = await Promise.all([
    kidDays(session, kid.id),
    memberBalance(session.familyId, kid.id),
  ]);
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-6">
      {/* The way back to the faces, ready offline too. */}
      <TabletServiceWorker pages={["/tablet"]} />
      {header}
      <KidToday
        kidId={kid.id}
        days={days}
        idleMs={env().TABLET_IDLE_SECONDS * 1000}
        balance={balance}
      />
    </main>
  );
}
