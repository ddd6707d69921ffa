import "server-only";
import { getFamily } from "@/lib/families/queries";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { localDateAt, localMinuteAt } from "@/lib/time/rules";

/**
 * Everything the kid's today page needs once the tablet and the kid are known: today's routines in
 * the family's zone, the one whose time window is now first. Four statements (the family, then
 * routinesForKidOnDate's three), whatever the history.
 */
export async function kidDay(familyId: string, kidId: string, now = new Date()) {
  const family = await getFamily(familyId);
  const today = localDateAt(now, family.timeZone, family.dayStartMinute);
  const minute = localMinuteAt(now, family.timeZone);
  const routines = await routinesForKidOnDate(familyId, kidId, today);
  const isCurrent = (r: (typeof routines)[number]) =>
    r.startMinute <= minute && minute < r.endMinute;
  return {
    today,
    routines: [...routines.filter(isCurrent), ...routines.filter((r) => !isCurrent(r))],
  };
}
