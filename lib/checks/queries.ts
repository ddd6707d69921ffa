import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { reverseAward } from "@/lib/points/queries";
import { routineAwardKey } from "@/lib/points/rules";
import { randomUUID } from "node:crypto";
import { CHECK_ITEM_SQL, CHECK_OUTCOME } from "@/lib/checks/sql";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

export type CheckResult = { checkId: string; created: boolean; routineCompleted: boolean };

/**
 * A kid checks an item on a local date. Idempotent: a double tap, a retry with the same client
 * event id, or two tablets at once all end with exactly one stored check, and every caller gets
 * its id. One statement (lib/checks/sql.ts) proves the item belongs to a routine of this family
 * assigned to this kid, stores the check and, when it completes the routine, the completion. Only a
 * repeat needs a second statement, to find the stored check.
 */
export async function checkItem(
  familyId: string,
  kidId: string,
  itemId: string,
  date: LocalDate,
  clientEventId: string,
  now = new Date(),
): Promise<CheckResult> {
  const checkId = randomUUID();
  const count = await db.$executeRawUnsafe(
    CHECK_ITEM_SQL,
    checkId,
    familyId,
    kidId,
    itemId,
    date,
    clientEventId,
    now,
  );
  const outcome = CHECK_OUTCOME[count];
  if (outcome !== "not-inserted")
    return { checkId, created: true, routineCompleted: outcome === "inserted-and-completed" };
  const existing = await db.itemCheck.findFirst({
    where: { memberId: kidId, itemId, localDate: toDbDate(date), familyId },
    select: { id: true },
  });
  if (!existing) throw new NotFoundError("That item");
  return { checkId: existing.id, created: false, routineCompleted: false };
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
    const completions = await tx.routineCompletion.findMany({
      where: {
        familyId,
        memberId: check.memberId,
        routineId: check.version.routineId,
        localDate: check.localDate,
      },
      select: { id: true },
    });
    await tx.routineCompletion.deleteMany({
      where: { id: { in: completions.map((c) => c.id) }, familyId },
    });
    // The routine is no longer complete: its points go back (at most what is left).
    for (const completion of completions)
      await reverseAward(tx, familyId, routineAwardKey(completion.id));
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
