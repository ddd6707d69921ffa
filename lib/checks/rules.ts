// When may a kid's item be checked off on a local date? The one rule for every way in (the
// tablet, a parent, the API, later the offline sync). The database applies it where the check is
// written (check_item() and routine_version_on(), migration checks_follow_the_day_view); these
// pure functions say the same in TypeScript: they explain a refusal in words, and they are the
// independent oracle the property tests hold the SQL to.
import {
  BACKFILL_DAYS,
  addDays,
  isWithinBackfill,
  isoWeekday,
  type LocalDate,
} from "@/lib/time/rules";
import { type Sentence, day, sentence } from "@/lib/i18n/sentence";

export type VersionAt = { id: string; number: number; createdAt: Date };

/**
 * The version of a routine the day view shows for a kid on a date: the one the kid's checks of
 * that day point at (the newest of them, should there be several), otherwise the newest created
 * before the family's day ended; null before the routine existed.
 */
export function versionInForce(
  versions: VersionAt[],
  checkedVersionIds: ReadonlySet<string>,
  dayEndsAt: Date,
): string | null {
  const candidates = versions
    .filter((v) => checkedVersionIds.has(v.id) || v.createdAt.getTime() < dayEndsAt.getTime())
    .sort(
      (a, b) =>
        Number(checkedVersionIds.has(b.id)) - Number(checkedVersionIds.has(a.id)) ||
        b.number - a.number,
    );
  return candidates[0]?.id ?? null;
}

export type CheckRefusal =
  | { reason: "outside-backfill"; today: LocalDate }
  | { reason: "archived" }
  | { reason: "not-scheduled" }
  | { reason: "away"; place: string | null }
  | { reason: "not-your-turn"; doer: string | null }
  | { reason: "taken"; by: string | null }
  | { reason: "not-yet" }
  | { reason: "superseded" };

/** Why an item of `versionId` cannot be checked on `date`, or null when it can. */
export function checkRefusal(input: {
  date: LocalDate;
  today: LocalDate;
  routine: { weekdays: number[]; archived: boolean };
  versionId: string;
  inForce: string | null;
  /** Where the kid is that day when away (lib/away/rules.ts awayOn()), else null. */
  away?: { place: string | null } | null;
  /** A routine the kids take turns at: whether it is this kid's day, and whose it is. */
  turn?: { mine: boolean; doer: string | null } | null;
  /** A pool chore: whether this kid may take or has taken it that day, and who took it. */
  pool?: { mine: boolean; by: string | null } | null;
}): CheckRefusal | null {
  if (!isWithinBackfill(input.date, input.today))
    return { reason: "outside-backfill", today: input.today };
  if (input.routine.archived) return { reason: "archived" };
  if (!input.routine.weekdays.includes(isoWeekday(input.date))) return { reason: "not-scheduled" };
  if (input.away) return { reason: "away", place: input.away.place };
  if (input.turn && !input.turn.mine) return { reason: "not-your-turn", doer: input.turn.doer };
  if (input.pool && !input.pool.mine) return { reason: "taken", by: input.pool.by };
  if (input.inForce === null) return { reason: "not-yet" };
  if (input.inForce !== input.versionId) return { reason: "superseded" };
  return null;
}

/** The refusal in words a parent understands (dates as people read them, never ISO). */
export function refusalMessage(
  refusal: CheckRefusal,
  routineName: string,
  date: LocalDate,
  kidName = "",
): Sentence {
  const values = { routine: routineName, day: day(date) };
  switch (refusal.reason) {
    case "outside-backfill":
      return sentence(
        "Checks can be changed for today ({today}) and up to {days, plural, one {# day} other {# days}} back ({first}), not for {day}.",
        {
          ...values,
          today: day(refusal.today),
          days: BACKFILL_DAYS,
          first: day(addDays(refusal.today, -BACKFILL_DAYS)),
        },
      );
    case "archived":
      return sentence("“{routine}” is archived. Restore it before checking its items.", values);
    case "not-scheduled":
      return sentence(
        "“{routine}” is not planned on {weekday}, so nothing of it can be checked on {day}.",
        { ...values, weekday: day(date, "weekdayLong") },
      );
    case "away":
      return refusal.place
        ? sentence("On {day}, {kid} is at {place}: nothing of “{routine}” is due.", {
            ...values,
            kid: kidName,
            place: refusal.place,
          })
        : sentence("On {day}, {kid} is away: nothing of “{routine}” is due.", {
            ...values,
            kid: kidName,
          });
    case "not-your-turn":
      return refusal.doer
        ? sentence("On {day}, it is {doer}'s turn at “{routine}”.", {
            ...values,
            doer: refusal.doer,
          })
        : sentence(
            "On {day}, nobody can do “{routine}”: every kid who takes turns is away.",
            values,
          );
    case "taken":
      return refusal.by
        ? sentence("On {day}, {by} took “{routine}” first.", { ...values, by: refusal.by })
        : sentence("On {day}, another kid took “{routine}” first.", values);
    case "not-yet":
      return sentence("“{routine}” did not exist yet on {day}.", values);
    case "superseded":
      return sentence(
        "That item is from another version of “{routine}” than the one of {day}. Reload to see the current one.",
        values,
      );
  }
}
