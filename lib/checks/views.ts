import "server-only";
// Reading checks: one check, and a day's checks, as the JSON API shows them.
import { db } from "@/lib/db";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

/** One check as the API shows it; null when missing or another family's. */
export async function findCheck(familyId: string, checkId: string) {
  const row = await db.itemCheck.findFirst({
    where: { id: checkId, familyId },
    select: { id: true, memberId: true, itemId: true, localDate: true },
  });
  return row && { ...row, localDate: fromDbDate(row.localDate) };
}

/** The checks of a local date, oldest first: every kid's, or one kid's. */
export async function checksOfDay(familyId: string, date: LocalDate, memberId?: string) {
  const rows = await db.itemCheck.findMany({
    where: { familyId, localDate: toDbDate(date), ...(memberId ? { memberId } : {}) },
    orderBy: [{ checkedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      memberId: true,
      itemId: true,
      checkedAt: true,
      version: { select: { routineId: true, number: true } },
    },
  });
  return rows.map(({ version, ...row }) => ({
    ...row,
    routineId: version.routineId,
    versionNumber: version.number,
  }));
}
