import "server-only";
import { db } from "@/lib/db";
import { isReadyForKids } from "@/lib/routines/rules";
import { KID_DAY_SQL } from "@/lib/routines/sql";
import { isoWeekday, type LocalDate } from "@/lib/time/rules";

export type DayItem = { id: string; label: string; checkId: string | null };
export type DayCard = {
  id: string;
  title: string;
  pictureEmoji: string;
  durationSeconds: number | null;
  items: DayItem[];
};
type RoutineRow = {
  id: string;
  name: string;
  icon: string;
  startMinute: number;
  endMinute: number;
  versionId: string;
  versionNumber: number;
};
export type DayRoutine = RoutineRow & { cards: DayCard[]; done: number; total: number };
type DayRow = RoutineRow & {
  cardId: string;
  title: string;
  pictureEmoji: string;
  durationSeconds: number | null;
  itemId: string | null;
  label: string | null;
  checkId: string | null;
};

/**
 * A kid's routines on one local date, as the tablet, the dashboard and the API show them: the
 * routines assigned to the kid and scheduled that weekday, each with the version that was current
 * that day, its cards and items, and what is checked. One SQL statement (lib/routines/sql.ts)
 * whatever the number of routines or days of history. A kid of another family has no routines.
 */
export async function routinesForKidOnDate(
  familyId: string,
  kidId: string,
  date: LocalDate,
): Promise<DayRoutine[]> {
  const rows = await db.$queryRawUnsafe<DayRow[]>(
    KID_DAY_SQL,
    familyId,
    kidId,
    date,
    isoWeekday(date),
  );
  const routines: DayRoutine[] = [];
  for (const row of rows) {
    let routine = routines.at(-1);
    if (!routine || routine.id !== row.id) {
      routine = {
        id: row.id,
        name: row.name,
        icon: row.icon,
        startMinute: row.startMinute,
        endMinute: row.endMinute,
        versionId: row.versionId,
        versionNumber: row.versionNumber,
        cards: [],
        done: 0,
        total: 0,
      };
      routines.push(routine);
    }
    let card = routine.cards.at(-1);
    if (!card || card.id !== row.cardId) {
      card = {
        id: row.cardId,
        title: row.title,
        pictureEmoji: row.pictureEmoji,
        durationSeconds: row.durationSeconds,
        items: [],
      };
      routine.cards.push(card);
    }
    if (row.itemId && row.label !== null) {
      card.items.push({ id: row.itemId, label: row.label, checkId: row.checkId });
      routine.total += 1;
      if (row.checkId) routine.done += 1;
    }
  }
  return routines.filter((routine) => isReadyForKids(routine.cards));
}
