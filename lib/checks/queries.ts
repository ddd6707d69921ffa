import "server-only";
import { db } from "@/lib/db";
import { ConflictError, IdempotencyKeyReusedError, RuleViolationError } from "@/lib/errors";
import { findUndone, lockEvent, recordUndone } from "@/lib/events/undone";
import { recordCorrection } from "@/lib/checks/audit";
import { refusal } from "@/lib/checks/refusal";
import { sentence } from "@/lib/i18n/sentence";
import { refusalMessage } from "@/lib/checks/rules";
import { reverseAward } from "@/lib/points/queries";
import { routineAwardKey } from "@/lib/points/rules";
import { randomUUID } from "node:crypto";
import { CHECK_ITEM_BY_PARENT_SQL, CHECK_ITEM_SQL, CHECK_OUTCOME } from "@/lib/checks/sql";
import {
  fromDbDate,
  isWithinBackfill,
  localDateAt,
  toDbDate,
  type LocalDate,
} from "@/lib/time/rules";

/**
 * `date` is the stored check's: a replay after the day rolled over names the original day.
 * `undone`: a replay of a tap that was undone since; nothing was stored and it stays undone.
 */
export type CheckResult = {
  checkId: string;
  created: boolean;
  routineCompleted: boolean;
  date: LocalDate;
  undone?: boolean;
};

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
  /** The parent who made it (the app's corrections, the API): an audit line in the same transaction. */
  by?: string,
): Promise<CheckResult> {
  const checkId = randomUUID();
  const params = [checkId, familyId, kidId, itemId, date, clientEventId, now] as const;
  const count = by
    ? await db.$executeRawUnsafe(CHECK_ITEM_BY_PARENT_SQL, ...params, by)
    : await db.$executeRawUnsafe(CHECK_ITEM_SQL, ...params);
  const outcome = CHECK_OUTCOME[count];
  if (outcome !== "not-inserted")
    return {
      checkId,
      created: true,
      routineCompleted: outcome === "inserted-and-completed",
      date,
    };
  // Nothing stored: a repeat (the same check, or the same client event id), or a refusal.
  const existing = await db.itemCheck.findFirst({
    where: {
      familyId,
      OR: [{ memberId: kidId, itemId, localDate: toDbDate(date) }, { clientEventId }],
    },
    select: { id: true, memberId: true, itemId: true, localDate: true, clientEventId: true },
    // The event id first: a retry after the family's day rolled over names yesterday's check.
    orderBy: { clientEventId: { sort: "asc", nulls: "last" } },
  });
  if (
    existing &&
    existing.clientEventId === clientEventId &&
    (existing.memberId !== kidId || existing.itemId !== itemId)
  )
    throw new IdempotencyKeyReusedError("check");
  if (existing)
    return {
      checkId: existing.id,
      created: false,
      routineCompleted: false,
      date: fromDbDate(existing.localDate),
    };
  const undone = await findUndone(familyId, clientEventId);
  if (undone) {
    if (undone.kind !== "check" || undone.memberId !== kidId || undone.subjectId !== itemId)
      throw new IdempotencyKeyReusedError("check");
    return {
      checkId: undone.recordId,
      created: false,
      routineCompleted: false,
      date: undone.date,
      undone: true,
    };
  }
  throw await refusal(familyId, kidId, itemId, date, now);
}

/**
 * Undo: removes the check (and the routine's completion that day). Once, whatever the retries.
 * The tablet names the kid (a kid undoes only their own checks); the API, acting as a parent, passes
 * null.
 */
export async function uncheckItem(
  familyId: string,
  kidId: string | null,
  checkId: string,
  options: { by?: string; now?: Date } = {},
) {
  return db.$transaction(async (tx) => {
    const check = await tx.itemCheck.findFirst({
      where: { id: checkId, familyId, ...(kidId ? { memberId: kidId } : {}) },
      select: {
        id: true,
        memberId: true,
        itemId: true,
        localDate: true,
        clientEventId: true,
        version: {
          select: { routineId: true, routine: { select: { name: true, archivedAt: true } } },
        },
        family: { select: { timeZone: true, dayStartMinute: true } },
      },
    });
    if (!check) return { removed: false };
    // An archived routine is history: read-only until a parent restores it.
    const { routine } = check.version;
    if (routine.archivedAt)
      throw new ConflictError(
        sentence("“{routine}” is archived. Restore it before changing its checks.", {
          routine: routine.name,
        }),
      );
    // The same days as for making a check: today and the week before; older days are history.
    const date = fromDbDate(check.localDate);
    const { timeZone, dayStartMinute } = check.family;
    const today = localDateAt(options.now ?? new Date(), timeZone, dayStartMinute);
    if (!isWithinBackfill(date, today))
      throw new RuleViolationError(
        refusalMessage({ reason: "outside-backfill", today }, routine.name, date),
      );
    if (check.clientEventId) await lockEvent(tx, familyId, check.clientEventId);
    // deleteMany, not delete: a second undo racing this one finds nothing left and says so.
    const { count } = await tx.itemCheck.deleteMany({ where: { id: check.id } });
    if (count === 0) return { removed: false };
    if (options.by)
      await recordCorrection(tx, familyId, {
        kidId: check.memberId,
        itemId: check.itemId,
        date,
        action: "REMOVED",
        by: options.by,
      });
    // A late retry of the tap that made this check must not make it again.
    if (check.clientEventId)
      await recordUndone(tx, familyId, check.clientEventId, {
        kind: "check",
        recordId: check.id,
        memberId: check.memberId,
        subjectId: check.itemId,
        date,
      });
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

/**
 * Undo of a check named by the client event id of the tap that made it: the tablet's offline
 * queue knows that id before the check reached the server. If the check is not here (yet), the
 * undo is recorded anyway, so the check can never arrive later and stand (decision 014).
 */
export async function uncheckByEvent(
  familyId: string,
  kidId: string,
  itemId: string,
  eventId: string,
  date: LocalDate,
  now = new Date(),
) {
  const checkId = await db.$transaction(async (tx) => {
    await lockEvent(tx, familyId, eventId);
    const check = await tx.itemCheck.findFirst({
      where: { familyId, memberId: kidId, clientEventId: eventId },
      select: { id: true },
    });
    if (check) return check.id;
    await recordUndone(tx, familyId, eventId, {
      kind: "check",
      recordId: randomUUID(),
      memberId: kidId,
      subjectId: itemId,
      date,
    });
    return null;
  });
  return checkId ? uncheckItem(familyId, kidId, checkId, { now }) : { removed: false };
}
