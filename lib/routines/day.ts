import "server-only";
import { db } from "@/lib/db";
import { isReadyForKids } from "@/lib/routines/rules";
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
type ContentRow = {
  cardId: string;
  versionId: string;
  title: string;
  pictureEmoji: string;
  durationSeconds: number | null;
  itemId: string | null;
  label: string | null;
};

/**
 * A kid's routines on one local date, as the tablet and the dashboard show them: the routines
 * assigned to the kid and scheduled that weekday, each with the version that was current that day
 * (the version the kid's checks of that day point at; otherwise the newest one created before the
 * family's day ended), its cards and items, and what is checked. Three SQL statements whatever the
 * number of routines or days of history. A kid of another family simply has no routines here.
 */
export async function routinesForKidOnDate(
  familyId: string,
  kidId: string,
  date: LocalDate,
): Promise<DayRoutine[]> {
  const routines = await db.$queryRaw<RoutineRow[]>`
    WITH day_versions AS (
      SELECT DISTINCT "versionId" FROM item_checks
      WHERE "familyId" = ${familyId}::uuid AND "memberId" = ${kidId}::uuid AND "localDate" = ${date}::date
    )
    SELECT r.id, r.name, r.icon, r."startMinute", r."endMinute", v.id AS "versionId", v.number AS "versionNumber"
    FROM routines r
    JOIN families f ON f.id = r."familyId"
    JOIN routine_assignments a
      ON a."routineId" = r.id AND a."familyId" = r."familyId" AND a."memberId" = ${kidId}::uuid
    JOIN LATERAL (
      SELECT rv.id, rv.number, (rv.id IN (SELECT "versionId" FROM day_versions)) AS used
      FROM routine_versions rv
      WHERE rv."routineId" = r.id AND rv."familyId" = r."familyId"
        AND (rv.id IN (SELECT "versionId" FROM day_versions)
             -- the family's day ends at its day-start hour on the next date, in its own zone
             OR rv."createdAt" < (((${date}::date + 1)::timestamp
                  + make_interval(mins => f."dayStartMinute")) AT TIME ZONE f."timeZone") AT TIME ZONE 'UTC')
      ORDER BY used DESC, rv.number DESC
      LIMIT 1
    ) v ON true
    WHERE r."familyId" = ${familyId}::uuid AND r."archivedAt" IS NULL
      AND ${isoWeekday(date)}::int = ANY(r.weekdays)
    ORDER BY r."startMinute", r.name, r.id`;
  if (routines.length === 0) return [];

  const versionIds = routines.map((r) => r.versionId);
  const [content, checks] = await Promise.all([
    db.$queryRaw<ContentRow[]>`
      SELECT c.id AS "cardId", c."versionId", c.title, c."pictureEmoji", c."durationSeconds",
             i.id AS "itemId", i.label
      FROM routine_cards c
      LEFT JOIN routine_items i ON i."cardId" = c.id AND i."familyId" = c."familyId"
      WHERE c."familyId" = ${familyId}::uuid AND c."versionId" = ANY(${versionIds}::uuid[])
      ORDER BY c."versionId", c.position, i.position`,
    db.itemCheck.findMany({
      where: { familyId, memberId: kidId, localDate: new Date(`${date}T00:00:00.000Z`) },
      select: { id: true, itemId: true },
    }),
  ]);
  const checkByItem = new Map(checks.map((c) => [c.itemId, c.id]));
  const cardsByVersion = new Map<string, DayCard[]>();
  for (const row of content) {
    const cards = cardsByVersion.get(row.versionId) ?? [];
    cardsByVersion.set(row.versionId, cards);
    let card = cards.at(-1);
    if (!card || card.id !== row.cardId) {
      card = {
        id: row.cardId,
        title: row.title,
        pictureEmoji: row.pictureEmoji,
        durationSeconds: row.durationSeconds,
        items: [],
      };
      cards.push(card);
    }
    if (row.itemId && row.label !== null) {
      card.items.push({
        id: row.itemId,
        label: row.label,
        checkId: checkByItem.get(row.itemId) ?? null,
      });
    }
  }
  return routines
    .map((routine) => {
      const cards = cardsByVersion.get(routine.versionId) ?? [];
      const items = cards.flatMap((card) => card.items);
      return {
        ...routine,
        cards,
        total: items.length,
        done: items.filter((i) => i.checkId).length,
      };
    })
    .filter((routine) => isReadyForKids(routine.cards));
}
