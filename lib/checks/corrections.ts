import "server-only";
// Parents correct a kid's checks (issue 17): a morning done but not tapped, a tap by mistake. The
// same rules as every other door (lib/checks/rules.ts, enforced where the check is written), and
// each change leaves an audit line: who, when, which item, added or removed.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkItem, uncheckItem } from "@/lib/checks/queries";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

/**
 * A parent sets one item of a kid's day to checked or not. Setting it to what it already is
 * changes nothing and writes no line (a double click, two parents at once).
 */
export async function correctCheck(
  familyId: string,
  by: string,
  input: { kidId: string; itemId: string; date: LocalDate; checked: boolean },
  now = new Date(),
): Promise<{ changed: boolean }> {
  const { kidId, itemId, date } = input;
  if (input.checked) {
    const result = await checkItem(familyId, kidId, itemId, date, randomUUID(), now, by);
    return { changed: result.created };
  }
  const [check, ownItem] = await Promise.all([
    db.itemCheck.findFirst({
      where: { familyId, memberId: kidId, itemId, localDate: toDbDate(date) },
      select: { id: true },
    }),
    db.routineItem.count({
      where: {
        id: itemId,
        familyId,
        card: { version: { routine: { assignments: { some: { memberId: kidId } } } } },
      },
    }),
  ]);
  // Another family's kid or item, or an item not of this kid's routines: as if it did not exist.
  if (!ownItem) throw new NotFoundError("That item");
  if (!check) return { changed: false };
  const { removed } = await uncheckItem(familyId, kidId, check.id, { by, now });
  return { changed: removed };
}

export type CorrectionLine = {
  id: string;
  itemId: string;
  date: LocalDate;
  action: "ADDED" | "REMOVED";
  itemLabel: string;
  routineName: string;
  byName: string;
  at: Date;
};

/** A kid's corrections of one day, newest first. */
export async function correctionsOf(
  familyId: string,
  kidId: string,
  date: LocalDate,
): Promise<CorrectionLine[]> {
  const rows = await db.checkCorrection.findMany({
    where: { familyId, memberId: kidId, localDate: toDbDate(date) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      itemId: true,
      localDate: true,
      action: true,
      itemLabel: true,
      routineName: true,
      createdAt: true,
      by: { select: { displayName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    itemId: row.itemId,
    date: fromDbDate(row.localDate),
    action: row.action,
    itemLabel: row.itemLabel,
    routineName: row.routineName,
    byName: row.by.displayName,
    at: row.createdAt,
  }));
}
