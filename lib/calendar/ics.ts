// A family's routines as a calendar (issue 19): each routine of each kid one weekly recurring
// event, at its time of day in the family's zone (with the zone's VTIMEZONE, so a calendar app
// keeps 07:00 at 07:00 across daylight saving changes). RFC 5545 by ical-generator; the tests
// parse it back with ical.js.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalEventRepeatingFreq, ICalWeekday } from "ical-generator";
import { TZDate } from "@date-fns/tz";
import { addDays, isoWeekday, type LocalDate } from "@/lib/time/rules";

const BY_ISO_DAY = [
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
  ICalWeekday.SU,
];

export type FeedRoutine = {
  id: string;
  name: string;
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  weekdays: number[];
  startMinute: number;
  endMinute: number;
  /**
   * Each kid, with the dates they are away and the dates the routine is not theirs (another kid's
   * turn, a pool chore a sibling took; issue 21): no event of theirs on those days.
   */
  kids: { id: string; name: string; away?: LocalDate[]; notTheirs?: LocalDate[] }[];
};

/** How far back and ahead a feed leaves out a kid's days away, or days that are another's. */
export const AWAY_PAST_DAYS = 60;
export const AWAY_FUTURE_DAYS = 180;

/** `minute` of `date` on the zone's clock (ical-generator writes a TZDate as its own wall time). */
function wallClock(date: LocalDate, minute: number, timeZone: string): TZDate {
  const [y, m, d] = date.split("-").map(Number);
  return new TZDate(y!, m! - 1, d!, Math.floor(minute / 60), minute % 60, timeZone);
}

/** The first day on or after `from` that the routine is on. */
function firstDay(from: LocalDate, weekdays: number[]): LocalDate {
  let day = from;
  while (!weekdays.includes(isoWeekday(day))) day = addDays(day, 1);
  return day;
}

export function routinesCalendar(input: {
  name: string;
  timeZone: string;
  routines: FeedRoutine[];
  /** Recurrences start here: the feed's creation week, so past weeks stay as they were. */
  from: LocalDate;
  /** For the events' UIDs: the configured public host, never a request's. */
  host: string;
  /** Kid feeds name the routine; a family feed adds whose it is. */
  withKidNames: boolean;
  now?: Date;
}): string {
  const calendar = new ICalCalendar({
    name: input.name,
    prodId: { company: "Family Routines", product: "routines", language: "EN" },
    timezone: { name: input.timeZone, generator: getVtimezoneComponent },
    // Calendar apps look again after this long.
    ttl: 60 * 60,
  });
  for (const routine of input.routines) {
    if (routine.weekdays.length === 0) continue;
    const day = firstDay(input.from, routine.weekdays);
    for (const kid of routine.kids) {
      // EXDATE: the occurrences of the days the kid is away or the routine is another's (none:
      // no EXDATE at all).
      const away = [...new Set([...(kid.away ?? []), ...(kid.notTheirs ?? [])])]
        .sort()
        .filter((date) => date >= day && routine.weekdays.includes(isoWeekday(date)))
        .map((date) => wallClock(date, routine.startMinute, input.timeZone));
      calendar.createEvent({
        id: `${routine.id}.${kid.id}@${input.host}`,
        summary: input.withKidNames ? `${routine.name} · ${kid.name}` : routine.name,
        start: wallClock(day, routine.startMinute, input.timeZone),
        end: wallClock(day, routine.endMinute, input.timeZone),
        timezone: input.timeZone,
        stamp: input.now ?? new Date(),
        repeating: {
          freq: ICalEventRepeatingFreq.WEEKLY,
          byDay: [...routine.weekdays].sort().map((d) => BY_ISO_DAY[d - 1]!),
          ...(away.length > 0 && { exclude: away }),
        },
      });
    }
  }
  return calendar.toString();
}
