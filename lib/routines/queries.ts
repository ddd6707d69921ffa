import "server-only";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentSelect, writeVersionContent } from "@/lib/routines/content";
import {
  diffVersions,
  describeChange,
  sameContent,
  saveMode,
  type CardContent,
} from "@/lib/routines/rules";
import type { RoutineDraft } from "@/lib/routines/schemas";
import { toDbDate, type LocalDate } from "@/lib/time/rules";

// Every function takes the family id from the caller's session; a routine of another family is
// "not found", exactly like one that does not exist.

type Tx = Prisma.TransactionClient;

const CONFLICT =
  "This routine was changed elsewhere. Reload to see the latest version; your edits are still here.";

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
  };
}

export async function createRoutine(familyId: string, draft: RoutineDraft) {
  return db.$transaction(async (tx) => {
    await assertKidsOfFamily(tx, familyId, draft.kidIds);
    const routine = await tx.routine.create({
      data: { familyId, ...scheduleData(draft) },
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
    const { count } = await tx.routine.updateMany({
      where: { id: routineId, familyId, revision },
      data: { ...scheduleData(draft), revision: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.routine.count({ where: { id: routineId, familyId } });
      throw exists ? new ConflictError(CONFLICT) : new NotFoundError("That routine");
    }
    await assertKidsOfFamily(tx, familyId, draft.kidIds);
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

export type RoutineEditorData = {
  id: string;
  revision: number;
  archived: boolean;
  name: string;
  icon: string;
  weekdays: number[];
  startMinute: number;
  endMinute: number;
  points: number;
  kidIds: string[];
  versionNumber: number;
  cards: CardContent[];
};

export async function getRoutineForEditor(
  familyId: string,
  routineId: string,
): Promise<RoutineEditorData> {
  const routine = await db.routine.findFirst({
    where: { id: routineId, familyId },
    select: {
      id: true,
      revision: true,
      archivedAt: true,
      name: true,
      icon: true,
      weekdays: true,
      startMinute: true,
      endMinute: true,
      points: true,
      assignments: { select: { memberId: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: contentSelect },
    },
  });
  const version = routine?.versions[0];
  if (!routine || !version) throw new NotFoundError("That routine");
  return {
    id: routine.id,
    revision: routine.revision,
    archived: routine.archivedAt !== null,
    name: routine.name,
    icon: routine.icon,
    weekdays: routine.weekdays,
    startMinute: routine.startMinute,
    endMinute: routine.endMinute,
    points: routine.points,
    kidIds: routine.assignments.map((a) => a.memberId),
    versionNumber: version.number,
    cards: version.cards,
  };
}

/** Every version, newest first, with what changed from the one before. */
export async function routineHistory(familyId: string, routineId: string) {
  const routine = await db.routine.findFirst({
    where: { id: routineId, familyId },
    select: {
      name: true,
      icon: true,
      versions: {
        orderBy: { number: "asc" },
        select: { ...contentSelect, _count: { select: { itemChecks: true } } },
      },
    },
  });
  if (!routine) throw new NotFoundError("That routine");
  const versions = routine.versions.map((version, index) => ({
    id: version.id,
    number: version.number,
    createdAt: version.createdAt,
    checks: version._count.itemChecks,
    cards: version.cards.length,
    items: version.cards.reduce((sum, card) => sum + card.items.length, 0),
    changes:
      index === 0
        ? ["First version"]
        : diffVersions(routine.versions[index - 1]!.cards, version.cards).map(describeChange),
  }));
  return { name: routine.name, icon: routine.icon, versions: versions.reverse() };
}

export type RoutineListEntry = {
  id: string;
  name: string;
  icon: string;
  weekdays: number[];
  startMinute: number;
  endMinute: number;
  archived: boolean;
  versionNumber: number;
  itemCount: number;
  kids: {
    id: string;
    displayName: string;
    avatarEmoji: string;
    avatarColor: string;
    checkedToday: number;
  }[];
};

/** The routines list: schedule, assigned kids and each kid's progress today (three statements). */
export async function listRoutines(
  familyId: string,
  options: { today: LocalDate; kidId?: string; archived?: boolean },
): Promise<RoutineListEntry[]> {
  const routines = await db.routine.findMany({
    where: {
      familyId,
      archivedAt: options.archived ? { not: null } : null,
      ...(options.kidId ? { assignments: { some: { memberId: options.kidId } } } : {}),
    },
    orderBy: [{ startMinute: "asc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      icon: true,
      weekdays: true,
      startMinute: true,
      endMinute: true,
      archivedAt: true,
      assignments: {
        orderBy: { createdAt: "asc" },
        select: {
          member: { select: { id: true, displayName: true, avatarEmoji: true, avatarColor: true } },
        },
      },
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
    },
  });
  const versionIds = routines.flatMap((r) => r.versions.map((v) => v.id));
  const [itemCounts, checks] = await Promise.all([
    db.routineCard.findMany({
      where: { familyId, versionId: { in: versionIds } },
      select: { versionId: true, _count: { select: { items: true } } },
    }),
    db.itemCheck.groupBy({
      by: ["memberId", "versionId"],
      where: { familyId, versionId: { in: versionIds }, localDate: toDbDate(options.today) },
      _count: true,
    }),
  ]);
  const itemsPerVersion = new Map<string, number>();
  for (const card of itemCounts) {
    itemsPerVersion.set(
      card.versionId,
      (itemsPerVersion.get(card.versionId) ?? 0) + card._count.items,
    );
  }
  const checked = new Map(checks.map((c) => [`${c.memberId}:${c.versionId}`, c._count]));
  return routines.map((routine) => {
    const version = routine.versions[0];
    return {
      id: routine.id,
      name: routine.name,
      icon: routine.icon,
      weekdays: routine.weekdays,
      startMinute: routine.startMinute,
      endMinute: routine.endMinute,
      archived: routine.archivedAt !== null,
      versionNumber: version?.number ?? 0,
      itemCount: version ? (itemsPerVersion.get(version.id) ?? 0) : 0,
      kids: routine.assignments.map(({ member }) => ({
        ...member,
        checkedToday: version ? (checked.get(`${member.id}:${version.id}`) ?? 0) : 0,
      })),
    };
  });
}

const apiRoutineFields = {
  id: true,
  name: true,
  icon: true,
  weekdays: true,
  startMinute: true,
  endMinute: true,
  archivedAt: true,
  revision: true,
  points: true,
  createdAt: true,
  assignments: { orderBy: { createdAt: "asc" }, select: { memberId: true } },
} as const satisfies Prisma.RoutineSelect;

/** The API's routine list: one page in creation order, each with its current version number. */
export async function listRoutinesPage(
  familyId: string,
  options: { archived: boolean; kidId?: string; limit: number; after: Prisma.RoutineWhereInput },
) {
  return db.routine.findMany({
    where: {
      familyId,
      archivedAt: options.archived ? { not: null } : null,
      ...(options.kidId ? { assignments: { some: { memberId: options.kidId } } } : {}),
      ...options.after,
    },
    select: {
      ...apiRoutineFields,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit + 1,
  });
}

/** One routine with the ids of its current cards and items (what an API client checks off). */
export async function getRoutineDetail(familyId: string, routineId: string) {
  const routine = await db.routine.findFirst({
    where: { id: routineId, familyId },
    select: {
      ...apiRoutineFields,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          number: true,
          cards: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              lineageId: true,
              title: true,
              pictureEmoji: true,
              durationSeconds: true,
              items: {
                orderBy: { position: "asc" },
                select: { id: true, lineageId: true, label: true },
              },
            },
          },
        },
      },
    },
  });
  if (!routine) throw new NotFoundError("That routine");
  return routine;
}
