import "server-only";
import { habitsForMemberToday } from "@/lib/habits/views";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { addDays, instantAt, localDateAt, localMinuteAt } from "@/lib/time/rules";

type FamilyCalendar = { familyId: string; timeZone: string; dayStartMinute: number };

/**
 * Everything the kid's today page needs once the tablet (which brings the family's calendar) and
 * the kid are known: today's routines, the one whose time window is now first, and today's habits.
 * Two statements (routinesForKidOnDate and the habits, in parallel), whatever the history.
 */
export async function kidDay(family: FamilyCalendar, kidId: string, now = new Date()) {
  const today = localDateAt(now, family.timeZone, family.dayStartMinute);
  const minute = localMinuteAt(now, family.timeZone);
  const [routines, habits] = await Promise.all([
    routinesForKidOnDate(family.familyId, kidId, today),
    habitsForMemberToday(family.familyId, kidId, today),
  ]);
  const isCurrent = (r: (typeof routines)[number]) =>
    r.startMinute <= minute && minute < r.endMinute;
  return {
    today,
    /** When the family's day ends (its day start tomorrow): the tablet shows the new day then. */
    dayEndsAt: instantAt(addDays(today, 1), family.dayStartMinute, family.timeZone).toISOString(),
    routines: [...routines.filter(isCurrent), ...routines.filter((r) => !isCurrent(r))],
    habits,
  };
}
