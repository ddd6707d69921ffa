import "server-only";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentence";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertMediaOfFamily } from "@/lib/media/queries";
import { contentSelect, writeVersionContent } from "@/lib/routines/content";
import { sameContent, saveMode } from "@/lib/routines/rules";
import type { RoutineDraft } from "@/lib/routines/schemas";
import { turnsForSave } from "@/lib/rotation/queries";

// Changing routines: create, save (in place or as a new version), archive. Every function takes the
// family id from the caller's session; a routine of another family is "not found", exactly like
// one that does not exist. (Reads are in lib/routines/views.ts.)

type Tx = Prisma.TransactionClient;

const CONFLICT =
  "This routine was changed elsewhere. Reload to see the latest version; your edits are still here.";

/** The photos and voices the draft's cards and items name are this family's, of the right kind. */
function assertDraftMedia(tx: Tx, familyId: string, draft: RoutineDraft) {
  const entries = [...draft.cards, ...draft.cards.flatMap((card) => card.items)];
  return assertMediaOfFamily(
    tx,
    familyId,
    { photos: entries.map((e) => e.photoId), voices: entries.map((e) => e.voiceId) },
    "cards",
  );
}

async function assertKidsOfFamily(tx: Tx, familyId: string, kidIds: string[]) {
  if (kidIds.length === 0) return;
  const found = await tx.familyMember.count({
    where: { id: { in: kidIds }, familyId, role: "CHILD" },
  });
  if (found !== kidIds.length) {
    throw new DomainError("Pick kids of your family.", { kidIds: ["Pick kids of your family."] });
  }
}

function scheduleData(draft: RoutineDraft) {
  return {
    name: draft.name,
    icon: draft.icon,
    weekdays: draft.weekdays,
    startMinute: draft.start,
    endMinute: draft.end,
    points: draft.points,
    remindAtEnd: draft.remindAtEnd,
    thenEmoji: draft.then?.emoji ?? null,
    thenLabel: draft.then?.label ?? null,
  };
}

export async function createRoutine(familyId: string, draft: RoutineDraft) {
  return db.$transaction(async (tx) => {
    await assertKidsOfFamily(tx, familyId, draft.kidIds);
    await assertDraftMedia(tx, familyId, draft);
    const turns = await turnsForSave(tx, familyId, null, draft);
    const routine = await tx.routine.create({
      data: { familyId, ...scheduleData(draft), ...turns },
      select: { id: true },
    });
    await tx.routineAssignment.createMany({
      data: draft.kidIds.map((memberId) => ({ familyId, routineId: routine.id, memberId })),
    });
    const version = await tx.routineVersion.create({
      data: { familyId, routineId: routine.id, number: 1 },
      select: { id: true },
    });
    await writeVersionContent(tx, familyId, version.id, draft.cards, {
      cards: new Set(),
      items: new Set(),
    });
    return routine;
  });
}

export type SaveResult = { mode: "unchanged" | "in-place" | "new-version"; versionNumber: number };

/**
 * Saves the editor's draft over the revision it was loaded from. One transaction: the revision
 * check (a concurrent save wins, this one gets a ConflictError), the schedule, the assignment and
 * the content, which is edited in place until a kid has checked something of the current version
 * and becomes version N+1 after that.
 */
export async function saveRoutine(
  familyId: string,
  routineId: string,
  revision: number,
  draft: RoutineDraft,
): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    // Before anything changes: the days a kid could still check keep whose turn they were.
    const turns = await turnsForSave(tx, familyId, routineId, draft);
    // An archived routine is read-only (history stays as it was): restore it first.
    const { count } = await tx.routine.updateMany({
      where: { id: routineId, familyId, revision, archivedAt: null },
      data: { ...scheduleData(draft), ...turns, revision: { increment: 1 } },
    });
    if (count === 0) {
      const found = await tx.routine.findFirst({
        where: { id: routineId, familyId },
        select: { name: true, archivedAt: true },
      });
      if (!found) throw new NotFoundError("That routine");
      throw new ConflictError(
        found.archivedAt
          ? sentence("“{routine}” is archived. Restore it before editing it.", {
              routine: found.name,
            })
          : CONFLICT,
      );
    }
    await assertKidsOfFamily(tx, familyId, draft.kidIds);
    await assertDraftMedia(tx, familyId, draft);
    await tx.routineAssignment.deleteMany({
      where: { routineId, familyId, memberId: { notIn: draft.kidIds } },
    });
    await tx.routineAssignment.createMany({
      data: draft.kidIds.map((memberId) => ({ familyId, routineId, memberId })),
      skipDuplicates: true,
    });

    const current = await tx.routineVersion.findFirstOrThrow({
      where: { routineId, familyId },
      orderBy: { number: "desc" },
      select: contentSelect,
    });
    if (sameContent(current.cards, draft.cards))
      return { mode: "unchanged", versionNumber: current.number };
    const known = {
      cards: new Set(current.cards.map((c) => c.lineageId)),
      items: new Set(current.cards.flatMap((c) => c.items.map((i) => i.lineageId))),
    };
    const checked = await tx.itemCheck.findFirst({
      where: { versionId: current.id, familyId },
      select: { id: true },
    });
    if (saveMode(checked !== null) === "in-place") {
      await tx.routineCard.deleteMany({ where: { versionId: current.id, familyId } });
      await writeVersionContent(tx, familyId, current.id, draft.cards, known);
      return { mode: "in-place", versionNumber: current.number };
    }
    const next = await tx.routineVersion.create({
      data: { familyId, routineId, number: current.number + 1 },
      select: { id: true, number: true },
    });
    await writeVersionContent(tx, familyId, next.id, draft.cards, known);
    return { mode: "new-version", versionNumber: next.number };
  });
}

export async function setRoutineArchived(familyId: string, routineId: string, archived: boolean) {
  const { count } = await db.routine.updateMany({
    where: { id: routineId, familyId },
    // Not a content edit, so the revision stays: an editor open elsewhere can still save.
    data: { archivedAt: archived ? new Date() : null },
  });
  if (count === 0) throw new NotFoundError("That routine");
}
