import "server-only";
// Why check_item() stored nothing for a check that is not a repeat, in words: the database
// decided; this reads what it read and names the rule (lib/checks/rules.ts).
import { awayCalendar } from "@/lib/away/queries";
import { awayOn } from "@/lib/away/rules";
import { checkRefusal, refusalMessage, versionInForce } from "@/lib/checks/rules";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { addDays, instantAt, localDateAt, toDbDate, type LocalDate } from "@/lib/time/rules";

/**
 * Why check_item() stored nothing for a check that is not a repeat, as the error to answer. The
 * database decided; this reads what it read and names the rule (lib/checks/rules.ts).
 */
export async function refusal(
  familyId: string,
  kidId: string,
  itemId: string,
  date: LocalDate,
  now: Date,
): Promise<Error> {
  const item = await db.routineItem.findFirst({
    where: {
      id: itemId,
      familyId,
      card: { version: { routine: { assignments: { some: { memberId: kidId } } } } },
    },
    select: {
      card: {
        select: {
          versionId: true,
          version: {
            select: {
              routine: {
                select: {
                  id: true,
                  name: true,
                  weekdays: true,
                  archivedAt: true,
                  turns: true,
                  pooled: true,
                  versions: { select: { id: true, number: true, createdAt: true } },
                  family: { select: { timeZone: true, dayStartMinute: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!item) return new NotFoundError("That item");
  const { versionId } = item.card;
  const routine = item.card.version.routine;
  const { timeZone, dayStartMinute } = routine.family;
  const [checked, calendar, kid] = await Promise.all([
    db.itemCheck.findMany({
      where: {
        familyId,
        memberId: kidId,
        localDate: toDbDate(date),
        version: { routineId: routine.id },
      },
      select: { versionId: true },
    }),
    awayCalendar(familyId, kidId),
    db.familyMember.findFirst({ where: { id: kidId, familyId }, select: { displayName: true } }),
  ]);
  const inForce = versionInForce(
    routine.versions,
    new Set(checked.map((c) => c.versionId)),
    instantAt(addDays(date, 1), dayStartMinute, timeZone),
  );
  const why = checkRefusal({
    date,
    today: localDateAt(now, timeZone, dayStartMinute),
    routine: { weekdays: routine.weekdays, archived: routine.archivedAt !== null },
    versionId,
    inForce,
    away: awayOn(calendar, date),
    turn: routine.turns ? await doersAt(familyId, kidId, routine.id, date) : null,
    pool: routine.pooled
      ? await doersAt(familyId, kidId, routine.id, date).then((who) => ({
          mine: who.mine,
          by: who.doer,
        }))
      : null,
  });
  if (!why)
    return new ConflictError("That check could not be stored just now. Reload and try again.");
  const message = refusalMessage(why, routine.name, date, kid?.displayName);
  return why.reason === "archived" ? new ConflictError(message) : new RuleViolationError(message);
}

/**
 * Whose day a routine the kids take turns at is, or who took a pool chore (routine_doers()), for
 * a refusal's words.
 */
async function doersAt(familyId: string, kidId: string, routineId: string, date: LocalDate) {
  const [row] = await db.$queryRaw<{ doers: string[]; name: string | null }[]>`
    SELECT w.doers::text[] AS doers, m."displayName" AS name
    FROM (SELECT routine_doers(${familyId}::uuid, ${routineId}::uuid, ${date}::date) AS doers) w
    LEFT JOIN family_members m ON m.id = w.doers[1]`;
  return { mine: row?.doers.includes(kidId) ?? false, doer: row?.name ?? null };
}
