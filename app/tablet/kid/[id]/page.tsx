import { notFound } from "next/navigation";
import { z } from "zod";
import { Avatar } from "@/components/family/avatar";
import { KidToday } from "@/components/tablet/kid-today";
import { PinPad } from "@/components/tablet/pin-pad";
import { NotFoundError } from "@/lib/errors";
import { getFamily } from "@/lib/families/queries";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { findTabletKid } from "@/lib/tablet/queries";
import { hasKidPass, tabletPage } from "@/lib/tablet/session";
import { localDateAt, localMinuteAt } from "@/lib/time/rules";

export default async function KidPage({ params }: PageProps<"/tablet/kid/[id]">) {
  const session = await tabletPage();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const kid = await findTabletKid(session.familyId, id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const header = (
    <div className="flex items-center justify-center gap-4">
      <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} size="lg" />
      <h1 className="text-4xl font-extrabold">{kid.displayName}</h1>
    </div>
  );
  if (kid.hasPin && !(await hasKidPass(session, kid.id))) {
    return (
      <main className="mx-auto flex max-w-md flex-col gap-8">
        {header}
        <PinPad kidId={kid.id} lockedMinutes={kid.lockedMinutes} />
      </main>
    );
  }
  const family = await getFamily(session.familyId);
  const now = new Date();
  const today = localDateAt(now, family.timeZone, family.dayStartMinute);
  const minute = localMinuteAt(now, family.timeZone);
  const routines = await routinesForKidOnDate(session.familyId, kid.id, today);
  // The routine whose window is now comes first; the rest keep their time order.
  const current = (r: (typeof routines)[number]) => r.startMinute <= minute && minute < r.endMinute;
  const ordered = [...routines.filter(current), ...routines.filter((r) => !current(r))];
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-6">
      {header}
      <KidToday kidId={kid.id} routines={ordered} />
    </main>
  );
}
