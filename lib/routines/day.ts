import "server-only";
import { db } from "@/lib/db";
import { isReadyForKids, routineOrder } from "@/lib/routines/rules";
import { thenOf } from "@/lib/routines/views";
import { KID_DAY_SQL } from "@/lib/routines/sql";
import { isoWeekday, type LocalDate } from "@/lib/time/rules";

/** Media of a card or item (issue 16): a photo shown instead of the emoji, a parent's voice. */
type DayMedia = { photoId: string | null; voiceId: string | null };
export type DayItem = { id: string; label: string; checkId: string | null } & DayMedia;
export type DayCard = {
  id: string;
  title: string;
  pictureEmoji: string;
  durationSeconds: number | null;
  items: DayItem[];
} & DayMedia;
type RoutineRow = {
  id: string;
  name: string;
  icon: string;
  startMinute: number;
  endMinute: number;
  thenEmoji: string | null;
  thenLabel: string | null;
  versionId: string;
  versionNumber: number;
  /**
   * A pool chore (issue 21): "free" until a kid takes it with a first check, then "mine" on the
   * tablet of the kid who took it (the others no longer see it). Null for any other routine.
   */
  pool: "free" | "mine" | null;
};
export type DayRoutine = Omit<RoutineRow, "thenEmoji" | "thenLabel"> & {
  /** The card it ends with on the Now/Next board ("then: 20 minutes of Lego"). */
  then: { emoji: string; label: string } | null;
  cards: DayCard[];
  done: number;
  total: number;
};
type DayRow = { memberId: string; displayName: string; avatarEmoji: string } & {
  [K in keyof RoutineRow]: RoutineRow[K] | null;
} & {
  cardId: string | null;
  title: string;
  pictureEmoji: string;
  durationSeconds: number | null;
  cardPhotoId: string | null;
  cardVoiceId: string | null;
  itemId: string | null;
  label: string | null;
  checkId: string | null;
  itemPhotoId: string | null;
  itemVoiceId: string | null;
};

export type MemberDay = {
  member: { id: string; displayName: string; avatarEmoji: string };
  routines: DayRoutine[];
};

/**
 * A member's routines on one local date, as the tablet, the dashboard and the API show them: the
 * routines assigned to the kid and scheduled that weekday, each with the version that was current
 * that day, its cards and items, and what is checked. One SQL statement (lib/routines/sql.ts)
 * whatever the number of routines or days of history; null when the member is not of this family.
 */
export async function memberDay(
  familyId: string,
  memberId: string,
  date: LocalDate,
): Promise<MemberDay | null> {
  return (await memberDays(familyId, [memberId], date)).get(memberId) ?? null;
}

/**
 * Several kids' days in the same one statement (the dashboard's: its cost does not grow with the
 * number of kids). Keyed by member id; ids that are not members of this family are absent.
 */
export async function memberDays(
  familyId: string,
  memberIds: string[],
  date: LocalDate,
): Promise<Map<string, MemberDay>> {
  const days = new Map<string, MemberDay>();
  if (memberIds.length === 0) return days;
  const rows = await db.$queryRawUnsafe<DayRow[]>(
    KID_DAY_SQL,
    familyId,
    memberIds,
    date,
    isoWeekday(date),
  );
  // Rows come grouped by member, each member's in display order.
  let from = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]!.memberId === rows[from]!.memberId) continue;
    const day = dayOf(rows.slice(from, i));
    days.set(day.member.id, day);
    from = i;
  }
  return days;
}

/** One member's rows (at least one) as routines with their cards and items. */
function dayOf(rows: DayRow[]): MemberDay {
  const first = rows[0]!;
  const routines: DayRoutine[] = [];
  for (const row of rows) {
    if (row.id === null || row.cardId === null) continue;
    let routine = routines.at(-1);
    if (!routine || routine.id !== row.id) {
      routine = {
        id: row.id,
        name: row.name!,
        icon: row.icon!,
        startMinute: row.startMinute!,
        endMinute: row.endMinute!,
        then: thenOf(row),
        versionId: row.versionId!,
        versionNumber: row.versionNumber!,
        pool: row.pool,
        cards: [],
        done: 0,
        total: 0,
      };
      routines.push(routine);
    }
    let card = routine.cards.at(-1);
    if (!card || card.id !== row.cardId) {
      card = {
        id: row.cardId,
        title: row.title,
        pictureEmoji: row.pictureEmoji,
        durationSeconds: row.durationSeconds,
        photoId: row.cardPhotoId,
        voiceId: row.cardVoiceId,
        items: [],
      };
      routine.cards.push(card);
    }
    if (row.itemId && row.label !== null) {
      card.items.push({
        id: row.itemId,
        label: row.label,
        checkId: row.checkId,
        photoId: row.itemPhotoId,
        voiceId: row.itemVoiceId,
      });
      routine.total += 1;
      if (row.checkId) routine.done += 1;
    }
  }
  return {
    member: { id: first.memberId, displayName: first.displayName, avatarEmoji: first.avatarEmoji },
    routines: routines.filter((routine) => isReadyForKids(routine.cards)).sort(routineOrder),
  };
}

/** A kid's routines on a date ([] for a member of another family). One statement. */
export async function routinesForKidOnDate(
  familyId: string,
  kidId: string,
  date: LocalDate,
): Promise<DayRoutine[]> {
  return (await memberDay(familyId, kidId, date))?.routines ?? [];
}
