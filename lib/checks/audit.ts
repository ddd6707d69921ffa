import "server-only";
// The audit line of a parent's change to a kid's checks (issue 17), written in the transaction of
// the change it describes (lib/checks/queries.ts): who, when, which item, added or removed.
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDbDate, type LocalDate } from "@/lib/time/rules";

type Tx = Prisma.TransactionClient;
export type CorrectionInput = {
  kidId: string;
  itemId: string;
  date: LocalDate;
  action: "ADDED" | "REMOVED";
  /** The parent's member id. */
  by: string;
};

/**
 * The audit line, inside the transaction of the change it describes. The item's and routine's
 * names are kept as they are now: a later edit may rename or delete the item.
 */
export async function recordCorrection(tx: Tx, familyId: string, input: CorrectionInput) {
  const item = await tx.routineItem.findFirst({
    where: { id: input.itemId, familyId },
    select: {
      label: true,
      card: { select: { version: { select: { routine: { select: { name: true } } } } } },
    },
  });
  if (!item) throw new NotFoundError("That item");
  await tx.checkCorrection.create({
    data: {
      familyId,
      memberId: input.kidId,
      itemId: input.itemId,
      localDate: toDbDate(input.date),
      action: input.action,
      byMemberId: input.by,
      itemLabel: item.label,
      routineName: item.card.version.routine.name,
    },
  });
}
