import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate, toDbDate, type LocalDate } from "@/lib/time/rules";

// An undo deletes the check or habit log, and with it the row that held the tap's client event id.
// Without a record, a late retry of that tap (a tablet that lost the answer, a home automation
// retrying) would store it again and silently reverse the undo. So an undo records the key here,
// and a retry of an undone tap answers "undone" and stores nothing (decision 014).

export type UndoneKind = "check" | "habit_log" | "habit_amount";

export type UndoneEvent = {
  kind: UndoneKind;
  recordId: string;
  memberId: string;
  /** The item of a check, the habit of a habit log. */
  subjectId: string;
  date: LocalDate;
};

/**
 * Serialises everything done with one client event id, in this transaction: the undo that records
 * it and a retry that checks for it (check_item() takes the same lock, migration undone_events).
 * The uuid casts give both sides the same text whatever case the client wrote the id in.
 */
export async function lockEvent(tx: Prisma.TransactionClient, familyId: string, eventId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('event:' || ${familyId}::uuid::text || ${eventId}::uuid::text, 0))`;
}

/** Records an undone tap; call inside the undo's transaction, after lockEvent(). */
export async function recordUndone(
  tx: Prisma.TransactionClient,
  familyId: string,
  eventId: string,
  event: UndoneEvent,
) {
  await tx.undoneEvent.createMany({
    data: [
      {
        familyId,
        clientEventId: eventId,
        kind: event.kind,
        recordId: event.recordId,
        memberId: event.memberId,
        subjectId: event.subjectId,
        localDate: toDbDate(event.date),
      },
    ],
    skipDuplicates: true,
  });
}

/** The undone tap this client event id named, if any. */
export async function findUndone(
  familyId: string,
  eventId: string,
  client: Prisma.TransactionClient = db,
): Promise<UndoneEvent | null> {
  const row = await client.undoneEvent.findUnique({
    where: { familyId_clientEventId: { familyId, clientEventId: eventId } },
    select: { kind: true, recordId: true, memberId: true, subjectId: true, localDate: true },
  });
  return (
    row && {
      kind: row.kind as UndoneKind,
      recordId: row.recordId,
      memberId: row.memberId,
      subjectId: row.subjectId,
      date: fromDbDate(row.localDate),
    }
  );
}

/** Was this check or log (by its id) undone? A replayed undo finds it here, not in its table. */
export async function wasUndone(familyId: string, memberId: string, recordId: string) {
  const row = await db.undoneEvent.findFirst({
    where: { familyId, memberId, recordId },
    select: { recordId: true },
  });
  return row !== null;
}
