import "server-only";
import { awayCalendar } from "@/lib/away/queries";
import { whereabouts, type AwayCalendar, type Whereabouts } from "@/lib/away/rules";
import { habitsForMemberToday } from "@/lib/habits/views";
import { routinesForKidOnDate, type DayRoutine } from "@/lib/routines/day";
import { addDays, instantAt, localDateAt, localMinuteAt, type LocalDate } from "@/lib/time/rules";

type FamilyCalendar = { familyId: string; timeZone: string; dayStartMinute: number };

export type KidDayHabit = Awaited<ReturnType<typeof habitsForMemberToday>>[number];

/** One family-local day of a kid on the tablet, from its day start to the next. */
export type KidDay = {
  date: LocalDate;
  /** The family's day start on this date and the next (ISO instants): taps between count here. */
  startsAt: string;
  endsAt: string;
  routines: DayRoutine[];
  habits: KidDayHabit[];
  /** Where the kid is when away that day ("at Dad's until Sunday"): nothing is due then. */
  away: Whereabouts | null;
};

async function oneDay(
  family: FamilyCalendar,
  kidId: string,
  date: LocalDate,
  minute: number,
  calendar: AwayCalendar,
): Promise<KidDay> {
  const away = whereabouts(calendar, date);
  const [routines, habits] = await Promise.all([
    routinesForKidOnDate(family.familyId, kidId, date),
    // Away, no habit is offered either: the home tablet has nothing for that kid that day.
    away ? [] : habitsForMemberToday(family.familyId, kidId, date),
  ]);
  // The routine whose time window is now comes first.
  const isCurrent = (r: DayRoutine) => r.startMinute <= minute && minute < r.endMinute;
  return {
    date,
    startsAt: instantAt(date, family.dayStartMinute, family.timeZone).toISOString(),
    endsAt: instantAt(addDays(date, 1), family.dayStartMinute, family.timeZone).toISOString(),
    routines: [...routines.filter(isCurrent), ...routines.filter((r) => !isCurrent(r))],
    habits,
    away,
  };
}

/**
 * Everything the kid's page needs once the tablet (which brings the family's calendar) and the
 * kid are known: today and tomorrow. Tomorrow comes along so that a tablet that has no network
 * at the family's day start still turns to the new day by itself (issue 15): the page, kept by
 * the service worker, carries both, and the screen shows the one the clock is in. Four
 * statements in parallel (routines and habits of each day) after the kid's away calendar (two),
 * whatever the history.
 */
export async function kidDays(
  family: FamilyCalendar,
  kidId: string,
  now = new Date(),
): Promise<[KidDay, KidDay]> {
  const today = localDateAt(now, family.timeZone, family.dayStartMinute);
  const calendar = await awayCalendar(family.familyId, kidId);
  return Promise.all([
    oneDay(family, kidId, today, localMinuteAt(now, family.timeZone), calendar),
    // Tomorrow is first shown at its day start: the routine in that window comes first.
    oneDay(family, kidId, addDays(today, 1), family.dayStartMinute, calendar),
  ]);
}
