import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { CHECK_ITEM_SQL } from "@/lib/checks/sql";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

export type CheckResult = { checkId: string; created: boolean; routineCompleted: boolean };

/**
 * A kid checks an item on a local date. Idempotent: a double tap, a retry with the same client
 * event id, or two tablets at once all end with exactly one stored check, and every caller gets
 * its id. One INSERT … SELECT proves in the same statement that the item belongs to a routine of
 * this family that is assigned to this kid and not archived; anything else is "not found".
 */
export async function checkItem(
  familyId: string,
  kidId: string,
  itemId: string,
  date: LocalDate,
  clientEventId: string,
  now = new Date(),
): Promise<CheckResult> {
  const inserted = await db.$queryRawUnsafe<{ id: string; versionId: string }[]>(
    CHECK_ITEM_SQL,
    familyId,
    kidId,
    itemId,
    date,
    clientEventId,
    now,
  );
  const row = inserted[0];
  if (row) {
    const completed = await recordCompletionIfDone(familyId, kidId, row.versionId, date, now);
    return { checkId: row.id, created: true, routineCompleted: completed };
  }
  const existing = await db.itemCheck.findUnique({
    where: { memberId_itemId_localDate: { memberId: kidId, itemId, localDate: toDbDate(date) } },
    select: { id: true, familyId: true },
  });
  if (!existing || existing.familyId !== familyId) throw new NotFoundError("That item");
  return { checkId: existing.id, created: false, routineCompleted: false };
}

/** When every item of the version is checked for the kid that day, the routine is complete. */
async function recordCompletionIfDone(
  familyId: string,
  kidId: string,
  versionId: string,
  date: LocalDate,
  now: Date,
) {
  const count = await db.$executeRaw`
    INSERT INTO routine_completions (id, "familyId", "memberId", "routineId", "versionId", "localDate", "completedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), v."familyId", ${kidId}::uuid, v."routineId", v.id, ${date}::date, ${now}, ${now}, ${now}
    FROM routine_versions v
    WHERE v.id = ${versionId}::uuid AND v."familyId" = ${familyId}::uuid
      AND NOT EXISTS (
        SELECT 1 FROM routine_items i
        JOIN routine_cards c ON c.id = i."cardId" AND c."familyId" = i."familyId"
        WHERE c."versionId" = v.id AND NOT EXISTS (
          SELECT 1 FROM item_checks ch
          WHERE ch."itemId" = i.id AND ch."memberId" = ${kidId}::uuid AND ch."localDate" = ${date}::date))
    ON CONFLICT DO NOTHING`;
  return count > 0;
}

/**
 * Undo: removes the check (and the routine's completion that day). Once, whatever the retries.
 * The tablet names the kid (a kid undoes only their own checks); the API, acting as a parent, passes
 * null.
 */
export async function uncheckItem(familyId: string, kidId: string | null, checkId: string) {
  return db.$transaction(async (tx) => {
    const check = await tx.itemCheck.findFirst({
      where: { id: checkId, familyId, ...(kidId ? { memberId: kidId } : {}) },
      select: {
        id: true,
        memberId: true,
        localDate: true,
        version: { select: { routineId: true } },
      },
    });
    if (!check) return { removed: false };
    // deleteMany, not delete: a second undo racing this one finds nothing left and says so.
    const { count } = await tx.itemCheck.deleteMany({ where: { id: check.id } });
    if (count === 0) return { removed: false };
    await tx.routineCompletion.deleteMany({
      where: {
        familyId,
        memberId: check.memberId,
        routineId: check.version.routineId,
        localDate: check.localDate,
      },
    });
    return { removed: true };
  });
}

/** One check as the API shows it; null when missing or another family's. */
export async function findCheck(familyId: string, checkId: string) {
  const row = await db.itemCheck.findFirst({
    where: { id: checkId, familyId },
    select: { id: true, memberId: true, itemId: true, localDate: true },
  });
  return row && { ...row, localDate: fromDbDate(row.localDate) };
}
