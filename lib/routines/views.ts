import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentSelect } from "@/lib/routines/content";
import {
  diffVersions,
  describeChange,
  routineOrder,
  type CardContent,
  type VersionChange,
} from "@/lib/routines/rules";
import { toDbDate, type LocalDate } from "@/lib/time/rules";

// Reading routines: the editor, the version history, the parents' list and the API's pages.
// Every function takes the family id from the caller's session; a routine of another family is
// "not found", exactly like one that does not exist. (Writes are in lib/routines/queries.ts.)

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
  remindAtEnd: boolean;
  then: { emoji: string; label: string } | null;
  kidIds: string[];
  /** Null: every kid does it; else the kids take turns (issue 21). */
  turns: "DAY" | "WEEK" | null;
  /** A pool chore: the first kid to take it that day does it (issue 21). */
  pool: boolean;
  versionNumber: number;
  cards: CardContent[];
};

/** The routine's "then" card from its two columns (both set or neither: a CHECK constraint). */
export const thenOf = (row: { thenEmoji: string | null; thenLabel: string | null }) =>
  row.thenEmoji !== null && row.thenLabel !== null
    ? { emoji: row.thenEmoji, label: row.thenLabel }
    : null;

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
      remindAtEnd: true,
      thenEmoji: true,
      thenLabel: true,
      turns: true,
      pooled: true,
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
    remindAtEnd: routine.remindAtEnd,
    then: thenOf(routine),
    kidIds: routine.assignments.map((a) => a.memberId),
    turns: routine.turns,
    pool: routine.pooled,
    versionNumber: version.number,
    cards: version.cards,
  };
}

/**
 * What a version changed: `diff` for pages (said in the reader's language with the "routines"
 * messages; null for the first version), `changes` in English for the JSON API (its DTO drops
 * `diff`).
 */
const changesOf = (diff: VersionChange[] | null) => ({
  diff,
  changes: diff ? diff.map(describeChange) : ["First version"],
});

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
    ...changesOf(
      index === 0 ? null : diffVersions(routine.versions[index - 1]!.cards, version.cards),
    ),
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
  return routines.sort(routineOrder).map((routine) => {
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
  remindAtEnd: true,
  thenEmoji: true,
  thenLabel: true,
  turns: true,
  turnsFrom: true,
  pooled: true,
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

const apiCards = {
  orderBy: { position: "asc" },
  select: {
    id: true,
    lineageId: true,
    title: true,
    pictureEmoji: true,
    durationSeconds: true,
    photoId: true,
    voiceId: true,
    items: {
      orderBy: { position: "asc" },
      select: { id: true, lineageId: true, label: true, photoId: true, voiceId: true },
    },
  },
} as const satisfies Prisma.RoutineVersion$cardsArgs;

/** One routine with the ids of its current cards and items (what an API client checks off). */
export async function getRoutineDetail(familyId: string, routineId: string) {
  const routine = await db.routine.findFirst({
    where: { id: routineId, familyId },
    select: {
      ...apiRoutineFields,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, cards: apiCards },
      },
    },
  });
  if (!routine) throw new NotFoundError("That routine");
  return routine;
}

/** What version `number` of a routine held: its cards and items, as they were. */
export async function routineVersionContent(familyId: string, routineId: string, number: number) {
  const [version, newest] = await Promise.all([
    db.routineVersion.findFirst({
      where: { familyId, routineId, number },
      select: { number: true, createdAt: true, cards: apiCards },
    }),
    db.routineVersion.findFirst({
      where: { familyId, routineId },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
  ]);
  if (!version || !newest) throw new NotFoundError("That version");
  return { ...version, routineId, current: version.number === newest.number };
}
